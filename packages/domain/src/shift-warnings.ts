/**
 * Warnings the board shows on a card. They never block an edit: a coordinator may know better (the
 * overlap is a handover, the extra person is in training). Pure, so every client computes the same.
 */
import { absenceOn } from './availability';
import type { LocalDate } from './iso-week';
import { missingQualifications, type QualificationKind } from './qualifications';
import type { Shift } from './shift';
import { staffing, type StaffingContext } from './staffing';

export type ShiftWarning =
  /** The person is also on another shift at an overlapping time that day. */
  | { kind: 'overlap'; personId: string; otherShiftId: string }
  /** More people than needed (counting only those who are there that day). */
  | { kind: 'over-staffed'; extra: number }
  /**
   * The area requires a qualification the person does not hold valid on the shift's date; `expired` when
   * they held it before (a Nachweis to renew rather than to bring).
   */
  | { kind: 'missing-qualification'; personId: string; qualification: QualificationKind; expired: boolean }
  /**
   * The person is absent (Urlaub, krank) that day; `regular` when they are a regular of the shift. `until`
   * is the absence's last day, `reason` its free text when the caller may see it.
   */
  | { kind: 'absent'; personId: string; regular: boolean; until: LocalDate; reason?: string };

export interface WarningContext extends StaffingContext {
  /** The regulars (Stammbesetzung) of a shift, e.g. from the template it was made from. */
  regularsOf?: (shift: Shift) => readonly string[];
}

const NONE: readonly ShiftWarning[] = Object.freeze([]);

function overlaps(a: Shift, b: Shift): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end;
}

/** Warnings per shift id; shifts without warnings are left out. Called-off shifts get none and cause none. */
export function warningsOfWeek(shifts: readonly Shift[], context: WarningContext = {}): Map<string, ShiftWarning[]> {
  const active = shifts.filter((shift) => shift.cancelled === undefined);
  const result = new Map<string, ShiftWarning[]>();
  const add = (shiftId: string, warning: ShiftWarning) => {
    const list = result.get(shiftId);
    if (list) list.push(warning);
    else result.set(shiftId, [warning]);
  };
  const byDate = new Map<LocalDate, Shift[]>();
  for (const shift of active) byDate.set(shift.date, [...(byDate.get(shift.date) ?? []), shift]);

  for (const shift of active) {
    for (const personId of shift.assigned) {
      for (const other of byDate.get(shift.date) ?? []) {
        if (other.id !== shift.id && other.assigned.includes(personId) && overlaps(shift, other))
          add(shift.id, { kind: 'overlap', personId, otherShiftId: other.id });
      }
    }
    const { filling } = staffing(shift, context);
    if (filling.length > shift.needed) add(shift.id, { kind: 'over-staffed', extra: filling.length - shift.needed });
    const required = context.requiredQualifications?.(shift.areaId) ?? [];
    if (required.length > 0) {
      for (const personId of shift.assigned) {
        const held = context.qualificationsOf?.(personId) ?? [];
        for (const qualification of missingQualifications(required, held, shift.date)) {
          // Not valid that day but held at all: only a record that ran out before it.
          const expired = held.some((q) => q.kind === qualification);
          add(shift.id, { kind: 'missing-qualification', personId, qualification, expired });
        }
      }
    }
    const regulars = context.regularsOf?.(shift) ?? [];
    for (const personId of shift.assigned) {
      const absence = absenceOn(personId, shift.date, context.absences ?? []);
      if (absence) {
        add(shift.id, {
          kind: 'absent',
          personId,
          regular: regulars.includes(personId),
          until: absence.to,
          ...(absence.reason ? { reason: absence.reason } : {}),
        });
      }
    }
  }
  return result;
}

/** The warnings of one shift, the same empty array for every shift without any (cheap to compare). */
export function warningsFor(warnings: ReadonlyMap<string, ShiftWarning[]>, shiftId: string): readonly ShiftWarning[] {
  return warnings.get(shiftId) ?? NONE;
}
