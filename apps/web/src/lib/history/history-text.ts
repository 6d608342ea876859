/**
 * The audit trail in plain words ("Anna K. hat Ben M. für Café Mo 9–12 eingetragen."): one sentence per
 * event of `GET …/history`, and the events grouped by the day they happened in the center's time zone.
 * Pure apart from the UI language.
 */
import {
  isoWeekdayOf,
  type HistoryEvent,
  type IsoWeekday,
  type ShiftRef,
  type WeekHistoryResponse,
} from '@schichtbrett/domain';
import { weekdayShort } from '$lib/board/fit-text';
import { dayLabel } from '$lib/format/dates';
import { m } from '$lib/paraglide/messages';

/** The names the ids of the events stand for, as the API sends them. */
export type HistoryNames = Pick<WeekHistoryResponse, 'people' | 'areas'>;

/** "09:00" → "9", "09:30" → "9:30": how people say shift times in a sentence. */
export function shortTime(time: string): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  const hour = String(Number(hours));
  return minutes === '00' ? hour : `${hour}:${minutes}`;
}

function timeText(span: { start: string; end: string }): string {
  return m.time_range({ start: shortTime(span.start), end: shortTime(span.end) });
}

function dayShort(date: string): string {
  return weekdayShort(isoWeekdayOf(date) as IsoWeekday);
}

/** "Café Mo 9–12" */
export function shiftText(shift: ShiftRef, names: HistoryNames): string {
  return m.history_shift({ area: areaText(shift.areaId, names), day: dayShort(shift.date), time: timeText(shift) });
}

function areaText(areaId: string, names: HistoryNames): string {
  return names.areas[areaId] ?? m.board_other_area();
}

function personText(personId: string, names: HistoryNames): string {
  return names.people[personId] ?? m.history_unknown_person();
}

function changesText(event: Extract<HistoryEvent, { kind: 'shift-changed' }>, names: HistoryNames): string {
  const parts: string[] = [];
  if (event.time) {
    const { from, to } = event.time;
    const sameDay = from.date === to.date;
    parts.push(
      m.history_change_time({
        from: sameDay ? timeText(from) : `${dayShort(from.date)} ${timeText(from)}`,
        to: sameDay ? timeText(to) : `${dayShort(to.date)} ${timeText(to)}`,
      }),
    );
  }
  if (event.area) {
    parts.push(m.history_change_area({ from: areaText(event.area.from, names), to: areaText(event.area.to, names) }));
  }
  if (event.needed) parts.push(m.history_change_needed({ from: event.needed.from, to: event.needed.to }));
  if (event.notes) {
    parts.push(
      event.notes.to.trim() ? m.history_change_notes({ to: event.notes.to }) : m.history_change_notes_removed(),
    );
  }
  return parts.join(', ');
}

/** "… war nicht bei Café Mo 9–12.", "… ist bei … eingesprungen, von 9:30 bis 12.", "… war bei … von 9:30 bis 12 da." */
function attendanceSentence(
  event: Extract<HistoryEvent, { kind: 'attendance-marked' }>,
  words: { actor: string; person: string; shift: string },
): string {
  if (event.status === 'no-show') return m.history_attendance_no_show(words);
  const { actualStart: start, actualEnd: end } = event;
  const times =
    start && end
      ? m.history_attendance_span({ start: shortTime(start), end: shortTime(end) })
      : start
        ? m.history_attendance_from({ start: shortTime(start) })
        : end
          ? m.history_attendance_until({ end: shortTime(end) })
          : null;
  if (event.status === 'stand-in') {
    return times ? m.history_attendance_stand_in_times({ ...words, times }) : m.history_attendance_stand_in(words);
  }
  return m.history_attendance_times({ ...words, times: times ?? m.history_attendance_as_planned() });
}

/** One event as a sentence; a name ending in a period ("Ben M.") does not get a second one. */
export function historySentence(event: HistoryEvent, names: HistoryNames, locale: string): string {
  return sentenceOf(event, names, locale).replace(/\.\.$/, '.');
}

function sentenceOf(event: HistoryEvent, names: HistoryNames, locale: string): string {
  const actor = event.actor?.name ?? m.history_system();
  const self = (personId: string) => event.actor?.personId === personId;
  switch (event.kind) {
    case 'shift-created':
      return m.history_shift_created({ actor, shift: shiftText(event.shift, names), needed: event.needed });
    case 'shift-deleted':
      return m.history_shift_deleted({ actor, shift: shiftText(event.shift, names) });
    case 'shift-changed':
      return m.history_shift_changed({
        actor,
        shift: shiftText(event.shift, names),
        changes: changesText(event, names),
      });
    case 'person-assigned':
      return self(event.personId)
        ? m.history_person_assigned_self({ actor, shift: shiftText(event.shift, names) })
        : m.history_person_assigned({
            actor,
            person: personText(event.personId, names),
            shift: shiftText(event.shift, names),
          });
    case 'person-removed':
      return self(event.personId)
        ? m.history_person_removed_self({ actor, shift: shiftText(event.shift, names) })
        : m.history_person_removed({
            actor,
            person: personText(event.personId, names),
            shift: shiftText(event.shift, names),
          });
    case 'person-moved':
      return m.history_person_moved({
        actor,
        person: personText(event.personId, names),
        from: shiftText(event.from, names),
        shift: shiftText(event.shift, names),
      });
    case 'stand-in-asked':
      return m.history_stand_in_asked({
        person: personText(event.personId, names),
        shift: shiftText(event.shift, names),
      });
    case 'stand-in-withdrawn':
      return m.history_stand_in_withdrawn({
        person: personText(event.personId, names),
        shift: shiftText(event.shift, names),
      });
    case 'stand-in-taken':
      return m.history_stand_in_taken({
        person: personText(event.personId, names),
        shift: shiftText(event.shift, names),
        for: personText(event.forPersonId, names),
      });
    case 'attendance-marked':
      return attendanceSentence(event, {
        actor,
        person: personText(event.personId, names),
        shift: shiftText(event.shift, names),
      });
    case 'attendance-cleared':
      return m.history_attendance_cleared({
        actor,
        person: personText(event.personId, names),
        shift: shiftText(event.shift, names),
      });
    case 'day-closed':
      return m.history_day_closed({ actor, day: dayLabel(event.date, locale), reason: event.reason });
    case 'day-reopened':
      return m.history_day_reopened({ actor, day: dayLabel(event.date, locale) });
    case 'week-published':
      return m.history_week_published({ actor });
    case 'week-unpublished':
      return m.history_week_unpublished({ actor });
    case 'week-finalized':
      return m.history_week_finalized({ actor });
    case 'week-reopened':
      return event.reason
        ? m.history_week_reopened_because({ actor, reason: event.reason })
        : m.history_week_reopened({ actor });
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export interface HistoryLine {
  key: string;
  /** "14:05", local to the center. */
  time: string;
  /** ISO instant, for `<time datetime>`. */
  at: string;
  text: string;
}

export interface HistoryDay {
  /** "YYYY-MM-DD" in the center's zone. */
  date: string;
  label: string;
  lines: HistoryLine[];
}

/** The events (newest first) as days (newest first) of sentences with their local time. */
export function historyDays(
  events: readonly HistoryEvent[],
  names: HistoryNames,
  options: { locale: string; timeZone: string },
): HistoryDay[] {
  const dateOf = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone, dateStyle: 'short' });
  const timeOf = new Intl.DateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  const days: HistoryDay[] = [];
  events.forEach((event, index) => {
    const instant = new Date(event.at);
    const date = dateOf.format(instant);
    let day = days.at(-1);
    if (day?.date !== date) {
      day = { date, label: dayLabel(date, options.locale), lines: [] };
      days.push(day);
    }
    day.lines.push({
      key: `${event.at}-${index}`,
      time: timeOf.format(instant),
      at: event.at,
      text: historySentence(event, names, options.locale),
    });
  });
  return days;
}
