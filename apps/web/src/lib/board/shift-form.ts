/**
 * The add/edit form of a shift: its text fields, how they become a domain `ShiftInput`, and which field
 * each domain problem belongs to. Validation itself is the domain's; this only reads and places.
 */
import type { LocalDate, Shift, ShiftInput, ShiftInputProblem } from '@schichtbrett/domain';
import { normalizeTimeText } from './time-text';

export interface ShiftFormFields {
  areaId: string;
  date: LocalDate;
  start: string;
  end: string;
  needed: string;
  notes: string;
}

export type ShiftFormField = keyof ShiftFormFields;

/** Problems by field; `form` holds those that belong to no single field. */
export type FieldProblems = Partial<Record<ShiftFormField | 'form', ShiftInputProblem[]>>;

export function emptyShiftForm(defaults: { areaId?: string; date: LocalDate }): ShiftFormFields {
  return {
    areaId: defaults.areaId ?? '',
    date: defaults.date,
    start: '09:00',
    end: '12:00',
    needed: '2',
    notes: '',
  };
}

export function shiftFormOf(shift: Shift): ShiftFormFields {
  return {
    areaId: shift.areaId,
    date: shift.date,
    start: shift.start,
    end: shift.end,
    needed: String(shift.needed),
    notes: shift.notes,
  };
}

export type ReadShiftForm = { ok: true; input: ShiftInput } | { ok: false; problems: FieldProblems };

/** Reads the typed text; only a needed count that is no number at all is refused here. */
export function readShiftForm(fields: ShiftFormFields): ReadShiftForm {
  const neededText = fields.needed.trim();
  if (!/^-?\d+$/.test(neededText)) return { ok: false, problems: { needed: ['needed-range'] } };
  return {
    ok: true,
    input: {
      areaId: fields.areaId,
      date: fields.date,
      start: normalizeTimeText(fields.start),
      end: normalizeTimeText(fields.end),
      needed: Number(neededText),
      notes: fields.notes.trim(),
    },
  };
}

/** Places the domain's problems next to the fields they concern. */
export function placeProblems(problems: readonly ShiftInputProblem[]): FieldProblems {
  const placed: FieldProblems = {};
  const add = (field: ShiftFormField | 'form', problem: ShiftInputProblem) => {
    (placed[field] ??= []).push(problem);
  };
  for (const problem of problems) {
    switch (problem) {
      case 'area-required':
        add('areaId', problem);
        break;
      case 'date-format':
      case 'date-outside-week':
        add('date', problem);
        break;
      case 'start-format':
        add('start', problem);
        break;
      case 'end-format':
        add('end', problem);
        break;
      case 'end-before-start':
        add('end', problem);
        break;
      case 'needed-range':
        add('needed', problem);
        break;
      case 'notes-too-long':
      case 'notes-invalid':
        add('notes', problem);
        break;
      case 'invalid':
        add('form', problem);
        break;
      default: {
        const unhandled: never = problem;
        add('form', unhandled);
      }
    }
  }
  return placed;
}

export const FIELD_ORDER: readonly ShiftFormField[] = ['areaId', 'date', 'start', 'end', 'needed', 'notes'];
