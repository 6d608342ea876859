/**
 * A volunteer's shift in words, as people say it: "Montag, 30. November", "9–12 Uhr",
 * "Café, Mo 30.11., 9–12 Uhr". Local dates are formatted in UTC so the reader's time zone never shifts a day.
 */
import type { LocalDate } from '@schichtbrett/domain';
import { m } from '$lib/paraglide/messages';

function utcDateOf(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isGerman(locale: string): boolean {
  return locale.startsWith('de');
}

/**
 * "Montag, 30. November" (de) / "Monday 30 November" (en-GB); with the year when it is not this year's
 * ("Montag, 12. Juli 2027"), so a plan far ahead is not mistaken for this summer.
 */
export function dayInWords(date: LocalDate, locale: string, today: Date = new Date()): string {
  const withYear = Number(date.slice(0, 4)) !== today.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(utcDateOf(date));
}

/** "Mo 30.11." (de) / "Mon 30/11" (en-GB): the short form for sentences and filters. */
export function shortDay(date: LocalDate, locale: string): string {
  return shortDateTime(utcDateOf(date), locale, 'UTC');
}

function shortDateTime(instant: Date, locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    timeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  // Intl writes "Mo., 30.11."; the short form people write is "Mo 30.11.".
  const weekday = part('weekday').replace(/\.$/, '');
  return isGerman(locale)
    ? `${weekday} ${part('day')}.${part('month')}.`
    : `${weekday} ${part('day')}/${part('month')}`;
}

/** "9" for 09:00 and "9:30" for 09:30: German speaks of "9 Uhr", not "09:00 Uhr". */
function compactTime(time: string): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  const hour = String(Number(hours));
  return minutes === '00' ? hour : `${hour}:${minutes}`;
}

/** "9–12 Uhr" (de) / "09:00–12:00" (en). */
export function timeSpan(shift: { start: string; end: string }, locale: string): string {
  return isGerman(locale)
    ? m.volunteer_time_span({ start: compactTime(shift.start), end: compactTime(shift.end) })
    : m.volunteer_time_span({ start: shift.start, end: shift.end });
}

/** The area's name, or "another area" when it has been deleted since. */
export function areaNameOf(shift: { areaName: string }): string {
  return shift.areaName || m.board_other_area();
}

/** "Café, Mo 30.11., 9–12 Uhr": one shift in a sentence. */
export function shiftSummary(
  shift: { date: LocalDate; start: string; end: string; areaName: string },
  locale: string,
): string {
  return `${areaNameOf(shift)}, ${shortDay(shift.date, locale)}, ${timeSpan(shift, locale)}`;
}

/** "Sa 28.11., 9:00" in the center's time zone, for the give-back cut-off. */
export function momentInWords(iso: string, locale: string, timeZone: string): string {
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
  return `${shortDateTime(instant, locale, timeZone)}, ${time}`;
}
