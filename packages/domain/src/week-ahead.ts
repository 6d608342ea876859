/**
 * "The coming days" (issue 13): the first week that still has a shift ahead, so the gaps page and a team
 * lead's landing open where work remains, not on a week that is over.
 */
import { shiftIntervalOf } from './shift-time';
import type { LocalDate } from './iso-week';

/** A planned shift as far as "is it still ahead" needs it. */
export interface ShiftTimes {
  /** ISO week "YYYY-Www". */
  week: string;
  date: LocalDate;
  start: string;
  end: string;
  areaId: string;
  /** Called off (its day was closed): nobody is to come, so it is no work ahead. */
  cancelled: boolean;
}

export interface WeekAheadOptions {
  timeZone: string;
  now: Date;
  /** Only shifts of these areas count (a team lead's own); null for every area. */
  areaIds: readonly string[] | null;
}

/** The earliest week with a shift that has not started yet, or null when nothing lies ahead. */
export function weekWithShiftsAhead(shifts: readonly ShiftTimes[], options: WeekAheadOptions): string | null {
  const areas = options.areaIds === null ? null : new Set(options.areaIds);
  const nowMs = options.now.getTime();
  let earliest: string | null = null;
  for (const shift of shifts) {
    if (shift.cancelled || (areas !== null && !areas.has(shift.areaId))) continue;
    if (shiftIntervalOf(shift, options.timeZone).start.getTime() <= nowMs) continue;
    // "YYYY-Www" sorts as text in time order.
    if (earliest === null || shift.week < earliest) earliest = shift.week;
  }
  return earliest;
}
