/** What closing a day touches: its shifts and the people on them, each person counted once. */
import { daysShown, type IsoWeekday, type LocalDate, type Shift } from '@schichtbrett/domain';

export interface DayImpact {
  shifts: number;
  people: number;
}

export function dayImpact(shifts: readonly Shift[], date: LocalDate): DayImpact {
  const onDay = shifts.filter((shift) => shift.date === date);
  const people = new Set(onDay.flatMap((shift) => shift.assigned));
  return { shifts: onDay.length, people: people.size };
}

/** The days a coordinator may want to close: those the board shows (opening days and days with shifts). */
export function closableDays(
  weekDates: readonly LocalDate[],
  shifts: readonly Shift[],
  openingDays: readonly IsoWeekday[],
): LocalDate[] {
  return daysShown(
    weekDates,
    openingDays,
    shifts.map((shift) => shift.date),
  );
}
