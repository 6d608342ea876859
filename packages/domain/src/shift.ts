/** What a shift is and how its input is validated (how staffed it is: staffing.ts). Plain data, no Yjs. */
import * as v from 'valibot';
import type { LocalDate } from './iso-week';
import { parseLocalDate } from './iso-week';
import type { AttendanceMark } from './attendance';
import { NOTES_RULE, textProblemOf } from './visible-text';

export interface Shift {
  id: string;
  areaId: string;
  date: LocalDate;
  /** Wall-clock "HH:MM" in the center's time zone. */
  start: string;
  end: string;
  /** Soll: how many people the shift needs. */
  needed: number;
  notes: string;
  /** Ist: person ids, in the order they were put on the shift. */
  assigned: string[];
  /** Set while the shift is called off (its day was closed): the reason. */
  cancelled?: string;
  /**
   * People on the shift who look for a stand-in (Vertretung), longest waiting first; absent when nobody
   * does. Only assigned people appear: a request stays theirs until someone takes the place over.
   */
  standIn?: StandInRequest[];
  /**
   * Deviations from the plan a coordinator marked (no-shows, stand-ins, real times); absent when there
   * are none, so everyone assigned was there as planned. See attendance.ts.
   */
  attendance?: AttendanceMark[];
}

/** A person on a shift who asked for a stand-in after the give-back cut-off, and since when (ms). */
export interface StandInRequest {
  personId: string;
  since: number;
}

export const MAX_NEEDED = 50;
export const MAX_NOTES_LENGTH = NOTES_RULE.max;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A wall-clock time "HH:MM" between 00:00 and 23:59. */
export function isTimeOfDay(text: string): boolean {
  return TIME.test(text);
}

const timeSchema = <P extends 'start-format' | 'end-format'>(problem: P) =>
  v.pipe(v.string(problem), v.regex(TIME, problem));
const dateSchema = v.pipe(
  v.string(),
  v.check((text) => parseLocalDate(text) !== null, 'date-format'),
);

/** The fields as a stored shift must have them to be read at all. */
const storedShiftFields = {
  areaId: v.pipe(v.string(), v.minLength(1, 'area-required'), v.maxLength(64)),
  date: dateSchema,
  start: timeSchema('start-format'),
  end: timeSchema('end-format'),
  needed: v.pipe(
    v.number('needed-range'),
    v.integer('needed-range'),
    v.minValue(1, 'needed-range'),
    v.maxValue(MAX_NEEDED, 'needed-range'),
  ),
  notes: v.pipe(v.string(), v.maxLength(MAX_NOTES_LENGTH, 'notes-too-long')),
};

/** The fields as they may be written: notes also follow the text rule (NFC, no control or direction characters). */
const shiftFields = {
  ...storedShiftFields,
  notes: v.pipe(
    v.string(),
    v.normalize('NFC'),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = textProblemOf(dataset.value, NOTES_RULE);
      if (problem) addIssue({ message: problem === 'too-long' ? 'notes-too-long' : 'notes-invalid' });
    }),
  ),
};

/**
 * Shifts end after they start, on the same day; night shifts are not part of a family center's week.
 * Compared only when both times are well-formed, so one bad time gives one message.
 */
function endsAfterStart(shift: { start: string; end: string }): boolean {
  return !TIME.test(shift.start) || !TIME.test(shift.end) || shift.end > shift.start;
}

const shiftObject = v.object(shiftFields);
export const shiftInputSchema = v.pipe(
  shiftObject,
  v.check<v.InferOutput<typeof shiftObject>, 'end-before-start'>(endsAfterStart, 'end-before-start'),
);
export type ShiftInput = v.InferOutput<typeof shiftInputSchema>;

const storedShiftObject = v.object(storedShiftFields);
/**
 * How a stored shift is read: as written, except that its notes need not follow today's text rule, so a
 * shift saved before the rule existed still shows (and can be corrected) instead of vanishing.
 */
export const storedShiftSchema = v.pipe(
  storedShiftObject,
  v.check<v.InferOutput<typeof storedShiftObject>, 'end-before-start'>(endsAfterStart, 'end-before-start'),
);

export const shiftPatchSchema = v.partial(v.object(shiftFields));
export type ShiftPatch = v.InferOutput<typeof shiftPatchSchema>;

/** Machine-readable reasons a shift input is refused; the UI turns them into sentences. */
export type ShiftInputProblem =
  | 'start-format'
  | 'end-format'
  | 'date-format'
  | 'area-required'
  | 'needed-range'
  | 'notes-too-long'
  /** Notes with control characters (other than line breaks and tabs), direction overrides or broken characters. */
  | 'notes-invalid'
  | 'end-before-start'
  | 'date-outside-week'
  | 'invalid';

export function problemsOf(issues: readonly v.BaseIssue<unknown>[]): ShiftInputProblem[] {
  const known: readonly string[] = [
    'start-format',
    'end-format',
    'date-format',
    'area-required',
    'needed-range',
    'notes-too-long',
    'notes-invalid',
    'end-before-start',
  ];
  return [
    ...new Set(
      issues.map((issue) => (known.includes(issue.message) ? (issue.message as ShiftInputProblem) : 'invalid')),
    ),
  ];
}

/** Board order: by date, then start, then end, then area, then id, so every client sorts alike. */
export function compareShifts(a: Shift, b: Shift): number {
  return (
    a.date.localeCompare(b.date) ||
    a.start.localeCompare(b.start) ||
    a.end.localeCompare(b.end) ||
    a.areaId.localeCompare(b.areaId) ||
    a.id.localeCompare(b.id)
  );
}
