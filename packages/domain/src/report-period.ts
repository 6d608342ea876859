/**
 * The period of a report: whole calendar months "YYYY-MM" from–to. Months are those of the shift's local
 * date in the center's zone, so a period is a plain range of local dates, and the ISO weeks it touches
 * are the weeks that must be finalized before its numbers are complete.
 */
import { addIsoWeeks, datesOfIsoWeek, formatIsoWeek, isoWeekOfDate, type LocalDate } from './iso-week';

export interface ReportPeriod {
  /** "YYYY-MM", first month included. */
  from: string;
  /** "YYYY-MM", last month included. */
  to: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Longest period one report covers: ten years keeps a request cheap and still spans any audit. */
export const MAX_REPORT_MONTHS = 120;

export type ReportPeriodResult =
  { ok: true; period: ReportPeriod } | { ok: false; reason: 'month-format' | 'to-before-from' | 'too-long' };

export function parseReportPeriod(from: string | undefined, to: string | undefined): ReportPeriodResult {
  if (!from || !to || !MONTH.test(from) || !MONTH.test(to)) return { ok: false, reason: 'month-format' };
  if (to < from) return { ok: false, reason: 'to-before-from' };
  if (monthsOfPeriod({ from, to }).length > MAX_REPORT_MONTHS) return { ok: false, reason: 'too-long' };
  return { ok: true, period: { from, to } };
}

/** Every month of the period in order, e.g. ["2026-11", "2026-12", "2027-01"]. */
export function monthsOfPeriod({ from, to }: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    // Stop early on a nonsense range instead of looping for ever.
    if (months.length > MAX_REPORT_MONTHS + 1) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** First and last local date of the period, both included. */
export function datesOfPeriod({ from, to }: ReportPeriod): { first: LocalDate; last: LocalDate } {
  const [year = 0, month = 1] = to.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { first: `${from}-01`, last };
}

/** The ISO weeks ("YYYY-Www") with at least one day in the period, in order. */
export function isoWeeksOfPeriod(period: ReportPeriod): string[] {
  const { first, last } = datesOfPeriod(period);
  const weeks: string[] = [];
  for (let week = isoWeekOfDate(first); (datesOfIsoWeek(week)[0] ?? last) <= last; week = addIsoWeeks(week, 1)) {
    weeks.push(formatIsoWeek(week));
  }
  return weeks;
}

/** "KW 47" for "2026-W47": how German calendars name a week. */
export function weekLabelOf(week: string): string {
  return `KW ${Number(week.slice(-2))}`;
}
