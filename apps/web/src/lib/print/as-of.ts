/**
 * The "Stand" of a printed plan: the date and time it showed, in the center's zone, so a sheet on the wall says
 * how old it is ("Stand: 9. Dezember 2026, 10:00 Uhr").
 */

export interface AsOf {
  /** "9. Dezember 2026" */
  date: string;
  /** "10:00" */
  time: string;
}

export function asOfIn(now: Date, timeZone: string, locale: string): AsOf {
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(now),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
      now,
    ),
  };
}
