/** Writing a center's areas (issue 12): create, change, order, archive; and what keeps one from archiving. */
import type { Kysely, Transaction } from 'kysely';
import type { AreaRow, Database } from '../tables';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewAreaRow {
  id: string;
  centerId: number;
  name: string;
  description: string;
  color: string;
}

/** Adds an area after the center's last one. */
export async function insertArea(db: Executor, area: NewAreaRow): Promise<void> {
  const last = await db
    .selectFrom('areas')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('center_id', '=', area.centerId)
    .executeTakeFirst();
  await db
    .insertInto('areas')
    .values({
      id: area.id,
      center_id: area.centerId,
      name: area.name,
      description: area.description,
      color: area.color,
      position: (last?.position ?? -1) + 1,
    })
    .execute();
}

export async function findAreaRowOfCenter(db: Executor, centerId: number, areaId: string): Promise<AreaRow | null> {
  return (
    (await db
      .selectFrom('areas')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('id', '=', areaId)
      .executeTakeFirst()) ?? null
  );
}

export async function updateArea(
  db: Executor,
  areaId: string,
  changes: { name?: string; description?: string; color?: string; archived_at?: string | null },
): Promise<void> {
  await db.updateTable('areas').set(changes).where('id', '=', areaId).execute();
}

/** Gives the areas `areaIds` positions 0, 1, 2 … in that order. */
export async function setAreaOrder(db: Executor, centerId: number, areaIds: readonly string[]): Promise<void> {
  for (const [position, id] of areaIds.entries()) {
    await db.updateTable('areas').set({ position }).where('center_id', '=', centerId).where('id', '=', id).execute();
  }
}

export interface UpcomingShiftRow {
  id: string;
  week: string;
  date: string;
  start_time: string;
  end_time: string;
}

/** The area's shifts on `fromDate` or later that still take place (not called off), by date and time. */
export function listUpcomingShiftsOfArea(
  db: Executor,
  centerId: number,
  areaId: string,
  fromDate: string,
): Promise<UpcomingShiftRow[]> {
  return db
    .selectFrom('week_shifts')
    .select(['id', 'week', 'date', 'start_time', 'end_time'])
    .where('center_id', '=', centerId)
    .where('area_id', '=', areaId)
    .where('date', '>=', fromDate)
    .where('cancelled', 'is', null)
    .orderBy('date')
    .orderBy('start_time')
    .execute();
}
