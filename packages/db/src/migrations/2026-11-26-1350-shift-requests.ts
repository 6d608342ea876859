/**
 * "Anfragen" (issue 6): a planner asks a person to take a gap; the person accepts (then put on the shift
 * with the checks of a claim) or declines in "Meine Schichten". Open while `answer` is null. Frozen in
 * time: typed Kysely<any>, imports nothing from the application.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('shift_requests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('center_id', 'integer', (col) => col.notNull().references('centers.id').onDelete('cascade'))
    // No foreign key to week_shifts: the projection is rebuilt from documents and may drop a shift.
    .addColumn('shift_id', 'text', (col) => col.notNull())
    .addColumn('person_id', 'text', (col) => col.notNull().references('people.id').onDelete('cascade'))
    .addColumn('requested_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answer', 'text')
    .execute();
  await db.schema
    .createIndex('shift_requests_person_open')
    .on('shift_requests')
    .columns(['person_id', 'answer'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('shift_requests').execute();
}
