/**
 * Shifts are stored as wall-clock times of the center's time zone; these turn them into instants. A day
 * on which the clocks change has 23 or 25 hours, so durations are computed on instants, not on the clock.
 */
import { TZDate } from '@date-fns/tz';
import type { LocalDate } from './iso-week';

/** The instant a wall-clock time on a date is in `timeZone` (a time skipped by DST moves forward). */
export function instantOf(date: LocalDate, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
}

export interface ShiftInterval {
  start: Date;
  end: Date;
  /** Real minutes worked, DST included. */
  minutes: number;
}

/**
 * A shift whose end is not after its start ends on the next day (a recorded 20:00–01:00, or real times
 * that ran past midnight); planned shifts of a week document always end on their own day.
 */
export function shiftIntervalOf(
  shift: { date: LocalDate; start: string; end: string },
  timeZone: string,
): ShiftInterval {
  const start = instantOf(shift.date, shift.start, timeZone);
  const end = instantOf(shift.end > shift.start ? shift.date : nextDateOf(shift.date), shift.end, timeZone);
  return { start, end, minutes: Math.round((end.getTime() - start.getTime()) / 60_000) };
}

function nextDateOf(date: LocalDate): LocalDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
