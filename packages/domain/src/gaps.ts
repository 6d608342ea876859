/**
 * "Lücken auf einen Blick" (issue 6): which shifts of a week still miss people, most urgent first, and a
 * coverage heatmap of days × areas. Pure: the server builds both from the SQL projection.
 */
import type { LocalDate } from './iso-week';
import { compareShifts, type Shift } from './shift';
import { shiftIntervalOf } from './shift-time';
import { staffing, type StaffingContext } from './staffing';
import type { WeekStatus } from './sync-contract';

export interface Gap {
  shift: Shift;
  /** Places still open: needed − people who are there (someone away that day holds none). */
  missing: number;
  /** People on the shift without a valid Nachweis the area requires: a gap of its own kind. */
  unqualified: number;
}

export interface GapsOptions {
  /** Only a published week has gaps: a draft is still being planned. */
  status: WeekStatus;
  timeZone: string;
  /** Shifts that have started are no longer gaps anyone can close. */
  now: Date;
  /** Absences and Nachweise, for who really fills a place (staffing.ts). */
  context?: StaffingContext;
}

/**
 * Shifts that can still be mended: not called off, in a published week, not yet started, and understaffed
 * or with someone on it who lacks a required Nachweis. Soonest first (by real start instant), then the one
 * missing most people, then board order.
 */
export function gapsOfWeek(shifts: readonly Shift[], options: GapsOptions): Gap[] {
  if (options.status !== 'published') return [];
  return shifts
    .filter((shift) => shift.cancelled === undefined)
    .map((shift) => {
      const { open, unqualified } = staffing(shift, options.context);
      const startsAt = shiftIntervalOf(shift, options.timeZone).start;
      return { shift, missing: open, unqualified: unqualified.length, startsAt };
    })
    .filter((gap) => (gap.missing > 0 || gap.unqualified > 0) && !hasStarted(gap.shift, options))
    .sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || b.missing - a.missing || compareShifts(a.shift, b.shift),
    )
    .map(({ shift, missing, unqualified }) => ({ shift, missing, unqualified }));
}

/**
 * A shift that has started is over for planning: no gap anyone can close. Gaps and heatmap both ask this,
 * so the list and the table never disagree (issue 13).
 */
export function hasStarted(shift: Pick<Shift, 'date' | 'start' | 'end'>, at: { timeZone: string; now: Date }): boolean {
  return shiftIntervalOf(shift, at.timeZone).start.getTime() <= at.now.getTime();
}

/**
 * How covered one day of one area is; `none` when the area has no shift that day, `past` when every shift
 * of it has started (its counts are then the record, not a gap).
 */
export type CoverageLevel = 'none' | 'full' | 'partial' | 'empty' | 'past';

export interface CoverageCell {
  date: LocalDate;
  areaId: string;
  /**
   * Filled places (people there that day, staffing.ts), each shift counted up to what it needs (one
   * overstaffed shift hides no gap).
   */
  assigned: number;
  needed: number;
  level: CoverageLevel;
}

export interface CoverageRow {
  areaId: string;
  cells: CoverageCell[];
}

/** Level of a cell from its counts; what the heatmap shows as icon and pattern besides colour. */
export function coverageLevelOf(assigned: number, needed: number): CoverageLevel {
  if (needed === 0) return 'none';
  if (assigned >= needed) return 'full';
  return assigned === 0 ? 'empty' : 'partial';
}

/**
 * The heatmap model: one row per area (in the given order), one cell per date. Called-off shifts count
 * neither as needed nor as filled: nobody is to come. Filled places are what `staffing` counts (someone away
 * that day fills nothing), the same count the gaps use. With `ahead`, a cell counts only the shifts still
 * ahead (what the gaps list can show); a cell whose shifts have all started is `past`, with their counts.
 */
export function coverageOfWeek(
  shifts: readonly Shift[],
  dates: readonly LocalDate[],
  areaIds: readonly string[],
  { ahead, context }: { ahead?: { timeZone: string; now: Date }; context?: StaffingContext } = {},
): CoverageRow[] {
  const totals = new Map<string, { assigned: number; needed: number; past: { assigned: number; needed: number } }>();
  for (const shift of shifts) {
    if (shift.cancelled !== undefined) continue;
    const key = `${shift.areaId}\u0000${shift.date}`;
    const total = totals.get(key) ?? { assigned: 0, needed: 0, past: { assigned: 0, needed: 0 } };
    const into = ahead && hasStarted(shift, ahead) ? total.past : total;
    into.needed += shift.needed;
    into.assigned += Math.min(staffing(shift, context).filling.length, shift.needed);
    totals.set(key, total);
  }
  return areaIds.map((areaId) => ({
    areaId,
    cells: dates.map((date) => {
      const total = totals.get(`${areaId}\u0000${date}`);
      if (total && total.needed === 0 && total.past.needed > 0) {
        return { date, areaId, ...total.past, level: 'past' as const };
      }
      const { assigned, needed } = total ?? { assigned: 0, needed: 0 };
      return { date, areaId, assigned, needed, level: coverageLevelOf(assigned, needed) };
    }),
  }));
}
