/**
 * The outcome of planning a week in one or two sentences: how many shifts were created and, per public
 * holiday, how many were left out and how many people are excused ("Feiertag Buß- und Bettag: 5
 * Schichten entfallen, 3 Stammkräfte entschuldigt.").
 */
import { templateDateOf, type ClosedWeekdayShift, type SkippedShift } from '@schichtbrett/domain';
import { weekdayName } from '$lib/format/dates';
import { intlLocale } from '$lib/i18n/locale';
import type { PlanSource } from '$lib/api/weeks';
import { m } from '$lib/paraglide/messages';

export interface HolidayLoss {
  holiday: string;
  shifts: number;
  /** People put on the left-out shifts, each counted once. */
  excused: number;
}

/** Groups the left-out shifts by holiday, in the order of their dates. */
export function holidayLosses(skipped: readonly SkippedShift[]): HolidayLoss[] {
  const byHoliday = new Map<string, { date: string; shifts: number; people: Set<string> }>();
  for (const shift of skipped) {
    const entry = byHoliday.get(shift.holiday) ?? { date: shift.date, shifts: 0, people: new Set<string>() };
    entry.shifts += 1;
    if (shift.date < entry.date) entry.date = shift.date;
    for (const person of shift.excusedPersonIds) entry.people.add(person);
    byHoliday.set(shift.holiday, entry);
  }
  return [...byHoliday.entries()]
    .sort((a, b) => a[1].date.localeCompare(b[1].date))
    .map(([holiday, entry]) => ({ holiday, shifts: entry.shifts, excused: entry.people.size }));
}

function addedText(added: number): string {
  if (added === 0) return m.plan_outcome_none();
  return added === 1 ? m.plan_outcome_added_one() : m.plan_outcome_added_other({ count: String(added) });
}

function lossText(loss: HolidayLoss, source: PlanSource['source']): string {
  const shifts =
    loss.shifts === 1
      ? m.plan_outcome_holiday_one({ holiday: loss.holiday })
      : m.plan_outcome_holiday_other({ holiday: loss.holiday, count: String(loss.shifts) });
  if (loss.excused === 0) return `${shifts}.`;
  const count = String(loss.excused);
  const people =
    source === 'template'
      ? loss.excused === 1
        ? m.plan_outcome_regulars_one()
        : m.plan_outcome_regulars_other({ count })
      : loss.excused === 1
        ? m.plan_outcome_people_one()
        : m.plan_outcome_people_other({ count });
  return `${shifts}, ${people}.`;
}

/** One sentence for the shifts left out on weekdays the center is not open, naming the days; none when none. */
function notOpenText(notOpen: readonly ClosedWeekdayShift[]): string[] {
  if (notOpen.length === 0) return [];
  const weekdays = [...new Set(notOpen.map((shift) => shift.weekday))].sort((a, b) => a - b);
  const days = weekdays.map((day) => weekdayName(templateDateOf(day), intlLocale())).join(', ');
  return [
    notOpen.length === 1
      ? m.plan_outcome_not_open_one({ days })
      : m.plan_outcome_not_open_other({ days, count: String(notOpen.length) }),
  ];
}

/**
 * The sentences to show after planning, e.g. "37 Schichten angelegt.", one per holiday and one for the
 * days the center is not open.
 */
export function planOutcomeLines(
  outcome: { added: number; skipped: readonly SkippedShift[]; notOpen?: readonly ClosedWeekdayShift[] },
  source: PlanSource['source'],
): string[] {
  return [
    addedText(outcome.added),
    ...holidayLosses(outcome.skipped).map((loss) => lossText(loss, source)),
    ...notOpenText(outcome.notOpen ?? []),
  ];
}
