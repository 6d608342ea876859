/** Areas, template rows and people without accounts, written straight into a test server's database. */
import type { Kysely } from 'kysely';
import type { Database } from '@schichtbrett/db';
import type { TemplateShift } from '@schichtbrett/domain';

async function centerId(db: Kysely<Database>, slug: string): Promise<number> {
  const row = await db.selectFrom('centers').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

export async function addAreas(db: Kysely<Database>, center: string, areaIds: readonly string[]): Promise<void> {
  const id = await centerId(db, center);
  await db
    .insertInto('areas')
    .values(
      areaIds.map((areaId, position) => ({ id: areaId, center_id: id, name: areaId, color: '#336699', position })),
    )
    .execute();
}

export async function addTemplateShifts(
  db: Kysely<Database>,
  center: string,
  template: readonly TemplateShift[],
): Promise<void> {
  const id = await centerId(db, center);
  await db
    .insertInto('template_shifts')
    .values(
      template.map((shift) => ({
        id: shift.id,
        center_id: id,
        area_id: shift.areaId,
        weekday: shift.weekday,
        start_time: shift.start,
        end_time: shift.end,
        needed: shift.needed,
        notes: shift.notes,
        regular_ids: JSON.stringify(shift.regularIds),
      })),
    )
    .execute();
}

/** A volunteer without an account but with contact data (visible only to coordinators and their team leads). */
export async function addPerson(
  db: Kysely<Database>,
  center: string,
  person: { id: string; firstName: string; email: string },
): Promise<void> {
  await db
    .insertInto('people')
    .values({
      id: person.id,
      center_id: await centerId(db, center),
      first_name: person.firstName,
      last_name: 'Muster',
      email: person.email,
      phone: null,
      user_id: null,
      role: 'volunteer',
    })
    .execute();
}
