/**
 * The relational projection of the week documents (weeks, their shifts and assignments, rewritten by the
 * sync server after every change of a week room), and the people data of issue 5: qualification records,
 * absences, weekly availability, the qualifications an area requires, and two center settings.
 * Frozen in time: typed Kysely<any>, imports nothing from the application.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  const center = (c: ColumnDefinitionBuilder) => c.notNull().references('centers.id').onDelete('cascade');
  const person = (c: ColumnDefinitionBuilder) => c.notNull().references('people.id').onDelete('cascade');

  await db.schema
    .createTable('weeks')
    .addColumn('center_id', 'integer', center)
    // ISO week "YYYY-Www".
    .addColumn('week', 'text', (c) => c.notNull())
    // 'draft' | 'published'
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('weeks_pk', ['center_id', 'week'])
    .execute();
  await db.schema
    .createTable('week_shifts')
    .addColumn('center_id', 'integer', center)
    // The shift id the week document uses.
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    // No foreign key: a document may name an area that has been deleted since.
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('needed', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // The reason while the shift is called off (its day was closed).
    .addColumn('cancelled', 'text')
    .addPrimaryKeyConstraint('week_shifts_pk', ['center_id', 'id'])
    .addForeignKeyConstraint('week_shifts_week', ['center_id', 'week'], 'weeks', ['center_id', 'week'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('week_shifts_center_date').on('week_shifts').columns(['center_id', 'date']).execute();
  await db.schema.createIndex('week_shifts_center_week').on('week_shifts').columns(['center_id', 'week']).execute();
  await db.schema
    .createTable('shift_assignments')
    .addColumn('center_id', 'integer', center)
    .addColumn('shift_id', 'text', (c) => c.notNull())
    // No foreign key: a document may name a person who has been deleted since.
    .addColumn('person_id', 'text', (c) => c.notNull())
    // When the person was put on the shift, ms since epoch (the document's value).
    .addColumn('assigned_at', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('shift_assignments_pk', ['center_id', 'shift_id', 'person_id'])
    .addForeignKeyConstraint(
      'shift_assignments_shift',
      ['center_id', 'shift_id'],
      'week_shifts',
      ['center_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('shift_assignments_center_person')
    .on('shift_assignments')
    .columns(['center_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('qualification_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', person)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('inspected_on', 'text')
    .addColumn('certificate_date', 'text')
    .addColumn('result', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('qualification_records_person').on('qualification_records').column('person_id').execute();
  await db.schema
    .createTable('absences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', person)
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('absences_person').on('absences').column('person_id').execute();
  await db.schema
    .createTable('availability_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', person)
    // ISO weekday, 1 = Monday … 7 = Sunday.
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('part', 'text')
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .execute();
  await db.schema.createIndex('availability_slots_person').on('availability_slots').column('person_id').execute();
  await db.schema
    .createTable('area_requirements')
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('area_requirements_pk', ['area_id', 'kind'])
    .execute();

  await db.schema
    .alterTable('centers')
    .addColumn('claim_cutoff_hours', 'integer', (c) => c.notNull().defaultTo(48))
    .execute();
  await db.schema
    .alterTable('centers')
    .addColumn('fuehrungszeugnis_years', 'integer', (c) => c.notNull().defaultTo(5))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('centers').dropColumn('fuehrungszeugnis_years').execute();
  await db.schema.alterTable('centers').dropColumn('claim_cutoff_hours').execute();
  for (const table of [
    'area_requirements',
    'availability_slots',
    'absences',
    'qualification_records',
    'shift_assignments',
    'week_shifts',
    'weeks',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
