/**
 * Dates as people read them: "23.–28. November 2026", "Montag, 23.11.".
 * Local dates are formatted in UTC so the reader's own time zone never shifts a day.
 */
import type { LocalDate } from '@schichtbrett/domain';

function utcDateOf(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "23.–28. November 2026" (de) / "23–28 November 2026" (en-GB); spans months and years as needed. */
export function dateRangeLabel(first: LocalDate, last: LocalDate, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(utcDateOf(first), utcDateOf(last));
}

/** "Montag, 23.11." */
export function dayLabel(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  }).format(utcDateOf(date));
}

/** "Montag" */
export function weekdayName(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(utcDateOf(date));
}

/** "23.11." */
export function shortDate(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(utcDateOf(date));
}

/** "Mo": the short weekday of day pickers and jump links (German writes it without the dot there). */
export function weekdayShort(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
    .format(utcDateOf(date))
    .replace(/\.$/, '');
}
