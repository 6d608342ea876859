/** Small queries about centers and what belongs to them; each takes the db (or a transaction) first. */
import type { Kysely } from 'kysely';
import type { AreaRow, CenterRow, Database, PersonRow, TemplateShiftRow } from '../tables';

export function listCenters(db: Kysely<Database>): Promise<CenterRow[]> {
  return db.selectFrom('centers').selectAll().orderBy('name').execute();
}

export async function findCenterBySlug(db: Kysely<Database>, slug: string): Promise<CenterRow | null> {
  return (await db.selectFrom('centers').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null;
}

export function listAreas(db: Kysely<Database>, centerId: number): Promise<AreaRow[]> {
  // Active areas first, in their order; archived ones after them (history still names them).
  return db
    .selectFrom('areas')
    .selectAll()
    .where('center_id', '=', centerId)
    .orderBy((eb) => eb('archived_at', 'is not', null))
    .orderBy('position')
    .execute();
}

export function listPeople(db: Kysely<Database>, centerId: number): Promise<PersonRow[]> {
  return db
    .selectFrom('people')
    .selectAll()
    .where('center_id', '=', centerId)
    .orderBy('first_name')
    .orderBy('last_name')
    .execute();
}

export function listTemplateShifts(db: Kysely<Database>, centerId: number): Promise<TemplateShiftRow[]> {
  return db
    .selectFrom('template_shifts')
    .selectAll()
    .where('center_id', '=', centerId)
    .orderBy('weekday')
    .orderBy('start_time')
    .execute();
}

export async function countCenters(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('centers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The columns of a center's settings page, as stored. */
export type CenterSettingsRow = Pick<
  CenterRow,
  | 'name'
  | 'address'
  | 'contact'
  | 'state_code'
  | 'opening_days'
  | 'claim_cutoff_hours'
  | 'fuehrungszeugnis_years'
  | 'board_week'
>;

/** Writes a center's settings; false when the center does not exist (any more). */
export async function updateCenterSettings(
  db: Kysely<Database>,
  centerId: number,
  settings: CenterSettingsRow,
): Promise<boolean> {
  const result = await db.updateTable('centers').set(settings).where('id', '=', centerId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
