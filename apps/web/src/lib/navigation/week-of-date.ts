/** Which week to open for a date someone picked ("Woche vom …"), and which days a week offers for day sheets. */
import {
  datesOfIsoWeek,
  formatIsoWeek,
  isoWeekOfDate,
  parseIsoWeek,
  parseLocalDate,
  type LocalDate,
} from '@schichtbrett/domain';

/** "2026-W48" for any date of that week, or null for text that is no date (an empty date field). */
export function weekOfDate(date: string): string | null {
  return parseLocalDate(date) ? formatIsoWeek(isoWeekOfDate(date)) : null;
}

/** The days a week's day sheets are offered for: Monday to Saturday, as on the board (Sunday only on request). */
export function sheetDaysOf(week: string): LocalDate[] {
  const parsed = parseIsoWeek(week);
  return parsed ? datesOfIsoWeek(parsed).slice(0, 6) : [];
}
