/**
 * Which day "Anwesenheit erfassen" opens on (issue 13, item 14): a day with shifts to mark, never an empty
 * Monday. Pure, so the choice is tested without a browser.
 */
import type { LocalDate, Shift } from '@schichtbrett/domain';

/**
 * Today when it has shifts that take place, else the first of `days` that has any; with none at all, today
 * when it is one of `days`, else the first day. Called-off shifts have nobody to mark and do not count.
 */
export function attendanceStartDay(
  days: readonly LocalDate[],
  shifts: readonly Pick<Shift, 'date' | 'cancelled'>[],
  today: LocalDate,
): LocalDate | undefined {
  const withShifts = new Set(shifts.filter((shift) => shift.cancelled === undefined).map((shift) => shift.date));
  if (days.includes(today) && withShifts.has(today)) return today;
  return days.find((day) => withShifts.has(day)) ?? (days.includes(today) ? today : days[0]);
}
