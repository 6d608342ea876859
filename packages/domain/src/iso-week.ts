/**
 * ISO-8601 weeks and local calendar dates as plain strings ("2026-W48", "2026-11-23").
 * Dates are wall-clock dates of a center's time zone; computing on them in UTC keeps the result
 * independent of the machine's own zone.
 */
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addWeeks,
  format,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  startOfISOWeek,
  setISOWeek,
} from 'date-fns';

export interface IsoWeek {
  year: number;
  week: number;
}

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDate(year: number, month: number, day: number): TZDate {
  return new TZDate(year, month - 1, day, 'UTC');
}

/** Parses "2026-W48"; null for anything else, including week 53 of a year that has only 52. */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 2000 || year > 2999 || week < 1) return null;
  // Jan 4th always lies in week 1 of its ISO year.
  if (week > getISOWeeksInYear(utcDate(year, 1, 4))) return null;
  return { year, week };
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" into a real calendar date (rejects 2026-02-30). */
export function parseLocalDate(text: string): TZDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDate(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

function formatLocalDate(date: Date): LocalDate {
  return format(date, 'yyyy-MM-dd');
}

export function isoWeekOfDate(date: LocalDate): IsoWeek {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return { year: getISOWeekYear(parsed), week: getISOWeek(parsed) };
}

function mondayOf({ year, week }: IsoWeek): TZDate {
  return startOfISOWeek(setISOWeek(utcDate(year, 1, 4), week));
}

/** The seven dates of a week, Monday first. */
export function datesOfIsoWeek(week: IsoWeek): LocalDate[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => formatLocalDate(addDays(monday, i)));
}

/** The week `delta` weeks after (or before, when negative) the given one. */
export function addIsoWeeks(week: IsoWeek, delta: number): IsoWeek {
  const monday = addWeeks(mondayOf(week), delta);
  return { year: getISOWeekYear(monday), week: getISOWeek(monday) };
}

/** Today's date on the wall calendar of `timeZone`. */
export function todayIn(now: Date, timeZone: string): LocalDate {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

export function currentIsoWeek(now: Date, timeZone: string): IsoWeek {
  return isoWeekOfDate(todayIn(now, timeZone));
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return ((parsed.getDay() + 6) % 7) + 1;
}
