/** What closing a day touches: its shifts and the people on them, each person counted once. */
import type { LocalDate, Shift } from '@schichtbrett/domain';

export interface DayImpact {
  shifts: number;
  people: number;
}

export function dayImpact(shifts: readonly Shift[], date: LocalDate): DayImpact {
  const onDay = shifts.filter((shift) => shift.date === date);
  const people = new Set(onDay.flatMap((shift) => shift.assigned));
  return { shifts: onDay.length, people: people.size };
}

/** The days a coordinator may want to close: Monday to Saturday, and Sunday only when it has shifts. */
export function closableDays(weekDates: readonly LocalDate[], shifts: readonly Shift[]): LocalDate[] {
  return weekDates.filter((date, index) => index < 6 || shifts.some((shift) => shift.date === date));
}
