/**
 * Reads for the hours report (issue 6): the record of finalized weeks in a date range, and which weeks
 * of a range are planned but not finalized. Only the record tables count; the live projection is asked
 * only which weeks exist.
 */
import type { Kysely } from 'kysely';
import type { Database, RecordAttendanceRow, RecordShiftRow } from '../tables';

export interface DateRange {
  centerId: number;
  /** "YYYY-MM-DD", both included. */
  first: string;
  last: string;
}

export function listRecordShiftsBetween(db: Kysely<Database>, range: DateRange): Promise<RecordShiftRow[]> {
  return db
    .selectFrom('record_shifts')
    .selectAll()
    .where('center_id', '=', range.centerId)
    .where('date', '>=', range.first)
    .where('date', '<=', range.last)
    .orderBy('date')
    .orderBy('start_time')
    .execute();
}

export function listRecordAttendanceBetween(db: Kysely<Database>, range: DateRange): Promise<RecordAttendanceRow[]> {
  return db
    .selectFrom('record_attendance as a')
    .innerJoin('record_shifts as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.shift_id'),
    )
    .selectAll('a')
    .where('a.center_id', '=', range.centerId)
    .where('s.date', '>=', range.first)
    .where('s.date', '<=', range.last)
    .execute();
}

/** Of the given ISO weeks, those the center has planned (in the projection) and not finalized. */
export async function listUnfinalizedWeeks(
  db: Kysely<Database>,
  options: { centerId: number; weeks: readonly string[] },
): Promise<string[]> {
  if (options.weeks.length === 0) return [];
  const rows = await db
    .selectFrom('weeks as w')
    .select('w.week')
    .where('w.center_id', '=', options.centerId)
    .where('w.week', 'in', options.weeks)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('week_records as r')
            .select('r.week')
            .whereRef('r.center_id', '=', 'w.center_id')
            .whereRef('r.week', '=', 'w.week'),
        ),
      ),
    )
    .orderBy('w.week')
    .execute();
  return rows.map((row) => row.week);
}

/** Of the given ISO weeks, those finalized (with a record). */
export async function listFinalizedWeeks(
  db: Kysely<Database>,
  options: { centerId: number; weeks: readonly string[] },
): Promise<string[]> {
  if (options.weeks.length === 0) return [];
  const rows = await db
    .selectFrom('week_records')
    .select('week')
    .where('center_id', '=', options.centerId)
    .where('week', 'in', options.weeks)
    .orderBy('week')
    .execute();
  return rows.map((row) => row.week);
}
