/** Which week to open for a date someone picked ("Woche vom …"), and which days a week offers for day sheets. */
import {
  datesOfIsoWeek,
  daysShown,
  formatIsoWeek,
  isoWeekOfDate,
  parseIsoWeek,
  parseLocalDate,
  type IsoWeekday,
  type LocalDate,
} from '@schichtbrett/domain';

/** "2026-W48" for any date of that week, or null for text that is no date (an empty date field). */
export function weekOfDate(date: string): string | null {
  return parseLocalDate(date) ? formatIsoWeek(isoWeekOfDate(date)) : null;
}

/** The days a week's day sheets are offered for: the center's opening days (any other day from its column). */
export function sheetDaysOf(week: string, openingDays: readonly IsoWeekday[]): LocalDate[] {
  const parsed = parseIsoWeek(week);
  return parsed ? daysShown(datesOfIsoWeek(parsed), openingDays) : [];
}
