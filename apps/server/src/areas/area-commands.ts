/**
 * A center's areas as its coordinators set them up (issue 12). Each command changes SQL in one transaction
 * and then tells the center's open boards, so every board shows the same areas.
 */
import type { Kysely } from 'kysely';
import {
  findAreaRowOfCenter,
  insertArea,
  listAreas,
  listTemplateShifts,
  listUpcomingShiftsOfArea,
  setAreaOrder,
  updateArea,
  type AreaRow,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import {
  isPermutationOf,
  todayIn,
  type Area,
  type AreaChanges,
  type BlockingShift,
  type IsoWeekday,
  type NewArea,
} from '@schichtbrett/domain';
import type { CenterEvents } from '../live/center-events';

export interface AreaCommandDeps {
  db: Kysely<Database>;
  events: CenterEvents;
  now: () => Date;
  newId: () => string;
}

export type AreaCommandResult =
  | { ok: true; areas: Area[] }
  | { ok: false; reason: 'not-found' }
  /** A reorder that does not name exactly the center's active areas (someone else added or archived one). */
  | { ok: false; reason: 'order-mismatch' }
  /** Archiving an area whose shifts still lie ahead or stand in the template: they are named. */
  | { ok: false; reason: 'in-use'; shifts: BlockingShift[] };

/** The center's areas as the API shows them: active ones in their order, then the archived ones. */
export async function areasOfCenter(db: Kysely<Database>, centerId: number): Promise<Area[]> {
  return (await listAreas(db, centerId)).map(areaOf);
}

export function areaOf(row: AreaRow): Area {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    color: row.color,
    archived: row.archived_at !== null,
  };
}

export async function createArea(deps: AreaCommandDeps, center: CenterRow, area: NewArea): Promise<AreaCommandResult> {
  await insertArea(deps.db, { id: deps.newId(), centerId: center.id, ...area });
  return changed(deps, center);
}

export async function changeArea(
  deps: AreaCommandDeps,
  center: CenterRow,
  areaId: string,
  changes: AreaChanges,
): Promise<AreaCommandResult> {
  const found = await deps.db.transaction().execute(async (trx) => {
    if (!(await findAreaRowOfCenter(trx, center.id, areaId))) return false;
    await updateArea(trx, areaId, changes);
    return true;
  });
  return found ? changed(deps, center) : { ok: false, reason: 'not-found' };
}

export async function reorderAreas(
  deps: AreaCommandDeps,
  center: CenterRow,
  areaIds: readonly string[],
): Promise<AreaCommandResult> {
  const matches = await deps.db.transaction().execute(async (trx) => {
    const active = (await listAreas(trx, center.id)).filter((row) => row.archived_at === null).map((row) => row.id);
    if (!isPermutationOf(areaIds, active)) return false;
    await setAreaOrder(trx, center.id, areaIds);
    return true;
  });
  return matches ? changed(deps, center) : { ok: false, reason: 'order-mismatch' };
}

/**
 * Archives an area: it keeps its history, records and reports, and is offered for nothing new. Refused
 * with the list while shifts of it lie ahead (from today in the center's time zone) or stand in the weekly
 * template: those are moved or deleted first, so no volunteer loses a shift without anyone deciding it.
 */
export async function archiveArea(
  deps: AreaCommandDeps,
  center: CenterRow,
  areaId: string,
): Promise<AreaCommandResult> {
  const today = todayIn(deps.now(), center.time_zone);
  const outcome = await deps.db.transaction().execute(async (trx): Promise<AreaCommandResult | null> => {
    const area = await findAreaRowOfCenter(trx, center.id, areaId);
    if (!area) return { ok: false, reason: 'not-found' };
    if (area.archived_at !== null) return null;
    const upcoming = await listUpcomingShiftsOfArea(trx, center.id, areaId, today);
    const template = (await listTemplateShifts(trx, center.id)).filter((row) => row.area_id === areaId);
    const shifts: BlockingShift[] = [
      ...upcoming.map((row) => ({
        kind: 'week' as const,
        shiftId: row.id,
        week: row.week,
        date: row.date,
        start: row.start_time,
        end: row.end_time,
      })),
      ...template.map((row) => ({
        kind: 'template' as const,
        shiftId: row.id,
        // The template projection writes only validated documents: 1–7.
        weekday: row.weekday as IsoWeekday,
        start: row.start_time,
        end: row.end_time,
      })),
    ];
    if (shifts.length > 0) return { ok: false, reason: 'in-use', shifts };
    await updateArea(trx, areaId, { archived_at: deps.now().toISOString() });
    return null;
  });
  return outcome ?? changed(deps, center);
}

/** Brings an archived area back, after the active ones. */
export async function restoreArea(
  deps: AreaCommandDeps,
  center: CenterRow,
  areaId: string,
): Promise<AreaCommandResult> {
  const found = await deps.db.transaction().execute(async (trx) => {
    const area = await findAreaRowOfCenter(trx, center.id, areaId);
    if (!area) return false;
    if (area.archived_at === null) return true;
    const active = (await listAreas(trx, center.id)).filter((row) => row.archived_at === null);
    await updateArea(trx, areaId, { archived_at: null });
    await setAreaOrder(trx, center.id, [...active.map((row) => row.id), areaId]);
    return true;
  });
  return found ? changed(deps, center) : { ok: false, reason: 'not-found' };
}

/** After a committed change: every open board of the center refetches, and the caller gets the new list. */
async function changed(deps: AreaCommandDeps, center: CenterRow): Promise<AreaCommandResult> {
  deps.events.centerChanged(center.slug);
  return { ok: true, areas: await areasOfCenter(deps.db, center.id) };
}
