/**
 * The relational projection of the week documents: `weeks`, `week_shifts` and `shift_assignments`. The
 * sync server rewrites one center-week at a time, synchronously on the raw better-sqlite3 handle, in one
 * transaction (readers see the old week or the new one, never a mixture). Everything else only reads:
 * lists, "my shifts", calendar feeds, reports and suggestions are queries on these tables.
 */
import type SQLite from 'better-sqlite3';
import type { WeekStatus } from '@schichtbrett/domain';
import type { Kysely } from 'kysely';
import type { Database, WeekShiftRow } from '../tables';

/** One shift of a week document as projected, with who is on it. */
export interface ProjectedShift {
  id: string;
  areaId: string;
  date: string;
  start: string;
  end: string;
  needed: number;
  notes: string;
  /** The reason while the shift is called off, else null. */
  cancelled: string | null;
  /** Person id → when they were put on and since when they look for a stand-in (ms since epoch, or null). */
  assignees: readonly { personId: string; assignedAt: number; standInSince: number | null }[];
}

export interface ProjectedWeek {
  centerId: number;
  /** "YYYY-Www". */
  week: string;
  status: WeekStatus;
  shifts: readonly ProjectedShift[];
}

export interface WeekProjectionOutcome {
  /** Shifts left out: another week of the center already has a shift of that id (ids are per center). */
  conflictingShiftIds: string[];
}

/**
 * Replaces the rows of one center-week with `week`, in one transaction. A shift whose id another week of
 * the center already holds is left out (reported, not thrown). Throws, changing nothing, when a row
 * cannot be stored.
 */
export function replaceWeekProjectionSync(sqlite: SQLite.Database, week: ProjectedWeek): WeekProjectionOutcome {
  const upsertWeek = sqlite.prepare<[number, string, string]>(
    `INSERT INTO weeks (center_id, week, status) VALUES (?, ?, ?)
     ON CONFLICT (center_id, week) DO UPDATE SET status = excluded.status`,
  );
  // The assignments go with their shifts (foreign key, on delete cascade).
  const removeShifts = sqlite.prepare<[number, string]>('DELETE FROM week_shifts WHERE center_id = ? AND week = ?');
  const taken = sqlite.prepare<[number, string], { week: string }>(
    'SELECT week FROM week_shifts WHERE center_id = ? AND id = ?',
  );
  const insertShift = sqlite.prepare<[WeekShiftRow]>(
    `INSERT INTO week_shifts (center_id, id, week, area_id, date, start_time, end_time, needed, notes, cancelled)
     VALUES (@center_id, @id, @week, @area_id, @date, @start_time, @end_time, @needed, @notes, @cancelled)`,
  );
  const insertAssignment = sqlite.prepare<[number, string, string, number, number | null]>(
    `INSERT INTO shift_assignments (center_id, shift_id, person_id, assigned_at, stand_in_since)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const outcome: WeekProjectionOutcome = { conflictingShiftIds: [] };
  sqlite.transaction(() => {
    upsertWeek.run(week.centerId, week.week, week.status);
    removeShifts.run(week.centerId, week.week);
    for (const shift of week.shifts) {
      if (taken.get(week.centerId, shift.id)) {
        outcome.conflictingShiftIds.push(shift.id);
        continue;
      }
      insertShift.run({
        center_id: week.centerId,
        id: shift.id,
        week: week.week,
        area_id: shift.areaId,
        date: shift.date,
        start_time: shift.start,
        end_time: shift.end,
        needed: shift.needed,
        notes: shift.notes,
        cancelled: shift.cancelled,
      });
      for (const { personId, assignedAt, standInSince } of shift.assignees)
        insertAssignment.run(week.centerId, shift.id, personId, assignedAt, standInSince);
    }
  })();
  return outcome;
}

/** A projected shift as read back, with its assignees in the order they were put on. */
export interface WeekShiftWithAssignees extends WeekShiftRow {
  assignees: { person_id: string; assigned_at: number; stand_in_since: number | null }[];
}

/** The shifts of one center-week, by date, start, id, each with its assignees. */
export async function listWeekShifts(
  db: Kysely<Database>,
  centerId: number,
  week: string,
): Promise<WeekShiftWithAssignees[]> {
  const shifts = await db
    .selectFrom('week_shifts')
    .selectAll()
    .where('center_id', '=', centerId)
    .where('week', '=', week)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
  if (shifts.length === 0) return [];
  const assignments = await db
    .selectFrom('shift_assignments')
    .innerJoin('week_shifts', (join) =>
      join
        .onRef('week_shifts.center_id', '=', 'shift_assignments.center_id')
        .onRef('week_shifts.id', '=', 'shift_assignments.shift_id'),
    )
    .select([
      'shift_assignments.shift_id',
      'shift_assignments.person_id',
      'shift_assignments.assigned_at',
      'shift_assignments.stand_in_since',
    ])
    .where('week_shifts.center_id', '=', centerId)
    .where('week_shifts.week', '=', week)
    .orderBy('shift_assignments.assigned_at')
    .orderBy('shift_assignments.person_id')
    .execute();
  const byShift = new Map<string, WeekShiftWithAssignees['assignees']>();
  for (const { shift_id, ...assignee } of assignments) {
    let list = byShift.get(shift_id);
    if (!list) byShift.set(shift_id, (list = []));
    list.push(assignee);
  }
  return shifts.map((shift) => ({ ...shift, assignees: byShift.get(shift.id) ?? [] }));
}

/** A shift someone is on, with its area's name and colour (null when the area was deleted). */
export interface PersonShiftRow extends WeekShiftRow {
  assigned_at: number;
  stand_in_since: number | null;
  status: string;
  area_name: string | null;
  area_color: string | null;
}

/**
 * The shifts `personId` is on in the center from `fromDate` to `toDate` (both "YYYY-MM-DD", inclusive),
 * soonest first, cancelled ones included (they carry `cancelled`), with their week's status so callers
 * can leave drafts out.
 */
export async function listShiftsOfPerson(
  db: Kysely<Database>,
  options: { centerId: number; personId: string; fromDate: string; toDate: string },
): Promise<PersonShiftRow[]> {
  return db
    .selectFrom('shift_assignments as a')
    .innerJoin('week_shifts as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.shift_id'),
    )
    .innerJoin('weeks as w', (join) => join.onRef('w.center_id', '=', 's.center_id').onRef('w.week', '=', 's.week'))
    .leftJoin('areas as ar', (join) => join.onRef('ar.id', '=', 's.area_id').onRef('ar.center_id', '=', 's.center_id'))
    .selectAll('s')
    .select(['a.assigned_at', 'a.stand_in_since', 'w.status', 'ar.name as area_name', 'ar.color as area_color'])
    .where('a.center_id', '=', options.centerId)
    .where('a.person_id', '=', options.personId)
    .where('s.date', '>=', options.fromDate)
    .where('s.date', '<=', options.toDate)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .orderBy('s.id')
    .execute();
}

/** The projected status of a center-week, or null when the week has never been loaded. */
export async function findWeekStatus(db: Kysely<Database>, centerId: number, week: string): Promise<WeekStatus | null> {
  const row = await db
    .selectFrom('weeks')
    .select('status')
    .where('center_id', '=', centerId)
    .where('week', '=', week)
    .executeTakeFirst();
  if (!row) return null;
  return row.status === 'published' || row.status === 'finalized' ? row.status : 'draft';
}

/** A shift's week, day and times, for "which week still has work ahead" (issue 13). */
export interface ShiftTimesRow {
  week: string;
  date: string;
  start_time: string;
  end_time: string;
  area_id: string;
  cancelled: string | null;
}

/**
 * The shifts of a center's weeks still being planned or run (draft or published, not finalized) from
 * `fromDate` on: finalized weeks are the record, there is nothing left to plan or fill in them.
 */
export async function listShiftTimesFrom(
  db: Kysely<Database>,
  options: { centerId: number; fromDate: string },
): Promise<ShiftTimesRow[]> {
  return db
    .selectFrom('week_shifts as s')
    .innerJoin('weeks as w', (join) => join.onRef('w.center_id', '=', 's.center_id').onRef('w.week', '=', 's.week'))
    .select(['s.week', 's.date', 's.start_time', 's.end_time', 's.area_id', 's.cancelled'])
    .where('s.center_id', '=', options.centerId)
    .where('w.status', '!=', 'finalized')
    .where('s.date', '>=', options.fromDate)
    .orderBy('s.date')
    .execute();
}
