/** Sentences about a shift in the UI language: its staffing, its time, and a one-line summary. */
import type { Shift, ShiftInputProblem, ShiftStaffing } from '@schichtbrett/domain';
import type { Area, Person } from '$lib/api/centers';
import { dayLabel, weekdayName } from '$lib/format/dates';
import { intlLocale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';

/** Ist against Soll, counting only who is there that day (`counted`: domain `staffing`). */
export function staffingText(shift: Pick<Shift, 'needed'>, counted: Pick<ShiftStaffing, 'filling' | 'level'>): string {
  const count = counted.filling.length;
  const needed = shift.needed;
  const staffing = counted.level;
  switch (staffing) {
    case 'empty':
      return needed === 1 ? m.staffing_empty_one() : m.staffing_empty_other({ missing: needed });
    case 'understaffed': {
      const missing = needed - count;
      return missing === 1
        ? m.staffing_understaffed_one({ count, needed })
        : m.staffing_understaffed_other({ count, needed, missing });
    }
    case 'full':
      return m.staffing_full({ count, needed });
    case 'overstaffed':
      return m.staffing_overstaffed({ count, needed, extra: count - needed });
    default: {
      const unknown: never = staffing;
      return unknown;
    }
  }
}

/** What keeps a place from counting as it looks: people away that day, people without a valid Nachweis. */
export function staffingNotes(counted: Pick<ShiftStaffing, 'absent' | 'unqualified'>): string[] {
  const notes: string[] = [];
  if (counted.absent.length > 0) notes.push(m.staffing_absent({ count: counted.absent.length }));
  if (counted.unqualified.length > 0) notes.push(m.staffing_unqualified({ count: counted.unqualified.length }));
  return notes;
}

export function timeRangeText(shift: Pick<Shift, 'start' | 'end'>): string {
  return m.time_range({ start: shift.start, end: shift.end });
}

export function areaName(areas: readonly Area[], areaId: string): string {
  return areas.find((area) => area.id === areaId)?.name ?? m.board_other_area();
}

/**
 * Day names for summaries, cached: every card names its day, and building an Intl formatter per call
 * costs about as much as rendering the card (measured with 150 shifts).
 */
const dayTexts = new Map<string, string>();
const MAX_CACHED_DAYS = 400;

function dayText(date: string, weekdayOnly: boolean): string {
  const locale = intlLocale();
  const key = `${locale}|${date}|${weekdayOnly ? 'w' : 'd'}`;
  const known = dayTexts.get(key);
  if (known !== undefined) return known;
  if (dayTexts.size >= MAX_CACHED_DAYS) dayTexts.clear();
  const text = weekdayOnly ? weekdayName(date, locale) : dayLabel(date, locale);
  dayTexts.set(key, text);
  return text;
}

/** "Café, Montag, 23.11., 09:00 bis 12:00 Uhr": names a shift in buttons, dialogs and announcements. */
export function shiftSummary(
  shift: Pick<Shift, 'areaId' | 'date' | 'start' | 'end'>,
  areas: readonly Area[],
  /** Templates have weekdays, not dates: "Café, Montag, 09:00 bis 12:00 Uhr". */
  { weekdayOnly = false }: { weekdayOnly?: boolean } = {},
): string {
  return m.shift_summary({
    area: areaName(areas, shift.areaId),
    day: dayText(shift.date, weekdayOnly),
    time: m.time_range_spoken({ start: shift.start, end: shift.end }),
  });
}

export function personName(people: readonly Person[], personId: string): string {
  return people.find((person) => person.id === personId)?.displayName ?? m.shift_unknown_person();
}

export function problemText(problem: ShiftInputProblem): string {
  switch (problem) {
    case 'start-format':
    case 'end-format':
      return m.problem_time_format();
    case 'date-format':
      return m.problem_date_format();
    case 'area-required':
      return m.problem_area_required();
    case 'needed-range':
      return m.problem_needed_range();
    case 'notes-too-long':
      return m.problem_notes_too_long();
    case 'notes-invalid':
      return m.problem_notes_invalid();
    case 'end-before-start':
      return m.problem_end_before_start();
    case 'date-outside-week':
      return m.problem_date_outside_week();
    case 'invalid':
      return m.problem_invalid();
    default: {
      const unknown: never = problem;
      return unknown;
    }
  }
}
