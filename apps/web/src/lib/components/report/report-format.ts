/**
 * How the hours report writes its numbers and months for people: hours (not minutes) with a decimal
 * comma in German, percent, and month names. The API answers minutes; rounding happens only here.
 */
import type { ReportPeriod } from '@schichtbrett/domain';

/** 390 → "6,5"; 20 → "0,33"; 300 → "5,0" (one decimal at least, so a column reads evenly). */
export function hoursText(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(minutes / 60);
}

/** 0.75 → "75 %"; null (nothing was needed) → "–". */
export function percentText(rate: number | null, locale: string): string {
  return rate === null
    ? '–'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** "2026-11" → "Nov. 2026" (short) or "November 2026" (long). */
export function monthText(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}

/** "November 2026" for one month, else "Januar 2026 – November 2026". */
export function periodText(period: ReportPeriod, locale: string): string {
  const from = monthText(period.from, locale, 'long');
  return period.from === period.to ? from : `${from} – ${monthText(period.to, locale, 'long')}`;
}

/** What a coordinator most often wants: this year so far (January up to the month of `today`). */
export function defaultPeriod(today: string): ReportPeriod {
  return { from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) };
}
