/**
 * The record (issue 6): what a finalized week was, kept apart from the live projection so editing the
 * documents can never change a record a center has shown its municipality. Finalizing writes one
 * `week_records` row and the week's `record_shifts` and `record_attendance` in one transaction;
 * finalizing again replaces them. Names of areas and people are copied in, so a report still reads
 * right after an area is renamed or a person has left. Reopenings are kept forever (who, when, why).
 * Frozen in time: typed Kysely<any>, imports nothing from the application.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  const center = (c: ColumnDefinitionBuilder) => c.notNull().references('centers.id').onDelete('cascade');

  await db.schema
    .createTable('week_records')
    .addColumn('center_id', 'integer', center)
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('finalized_at', 'text', (c) => c.notNull().defaultTo(now))
    // The person (people.id) who finalized; no foreign key, the record outlives them.
    .addColumn('finalized_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('week_records_pk', ['center_id', 'week'])
    .execute();
  await db.schema
    .createTable('record_shifts')
    .addColumn('center_id', 'integer', center)
    .addColumn('week', 'text', (c) => c.notNull())
    // The shift id of the week document.
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('area_name', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('needed', 'integer', (c) => c.notNull())
    // The reason if the shift was called off, else null; called-off shifts count no hours.
    .addColumn('cancelled', 'text')
    .addPrimaryKeyConstraint('record_shifts_pk', ['center_id', 'id'])
    .addForeignKeyConstraint('record_shifts_week', ['center_id', 'week'], 'week_records', ['center_id', 'week'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('record_shifts_center_date').on('record_shifts').columns(['center_id', 'date']).execute();
  await db.schema
    .createTable('record_attendance')
    .addColumn('center_id', 'integer', center)
    .addColumn('shift_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    // 'present' (planned and came) | 'no-show' (planned, did not come) | 'stand-in' (came for someone else).
    .addColumn('status', 'text', (c) => c.notNull())
    // The real times ("HH:MM", local) when they differed from the plan, else null.
    .addColumn('actual_start', 'text')
    .addColumn('actual_end', 'text')
    .addPrimaryKeyConstraint('record_attendance_pk', ['center_id', 'shift_id', 'person_id'])
    .addForeignKeyConstraint(
      'record_attendance_shift',
      ['center_id', 'shift_id'],
      'record_shifts',
      ['center_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('record_attendance_center_person')
    .on('record_attendance')
    .columns(['center_id', 'person_id'])
    .execute();
  await db.schema
    .createTable('week_reopenings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('center_id', 'integer', center)
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('reopened_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('reopened_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('week_reopenings_center_week')
    .on('week_reopenings')
    .columns(['center_id', 'week'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['week_reopenings', 'record_attendance', 'record_shifts', 'week_records']) {
    await db.schema.dropTable(table).execute();
  }
}
