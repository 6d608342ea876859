/**
 * Who really fills a shift's places (issue 13): the one rule every count uses, board, gaps, print, claims,
 * suggestions and finalize alike. A person away that day holds no place; a person without a Nachweis the
 * area requires fills the place, but the shift says so and the gaps page lists it.
 */
import { absenceOn, type Absence } from './availability';
import { missingQualifications, type HeldQualification, type QualificationKind } from './qualifications';
import type { Shift } from './shift';

/** What the rule knows about people besides the plan; everything left out counts as "nothing to say". */
export interface StaffingContext {
  /** Absences of anyone; only those of the shift's people on its day matter. */
  absences?: readonly Absence[];
  requiredQualifications?: (areaId: string) => readonly QualificationKind[];
  qualificationsOf?: (personId: string) => readonly HeldQualification[];
}

export type Staffing = 'empty' | 'understaffed' | 'full' | 'overstaffed';

export interface ShiftStaffing {
  /** Assigned people who are there that day: they count against `needed`, in the shift's order. */
  filling: string[];
  /** Assigned people away that day (Urlaub, krank): on the plan, but nobody to count on. */
  absent: string[];
  /** Of `filling`, those without a valid Nachweis the area requires on that day. */
  unqualified: string[];
  /** Places still to fill; none on a called-off shift. */
  open: number;
  /** `filling` against `needed`. */
  level: Staffing;
}

const NO_CONTEXT: StaffingContext = Object.freeze({});

/** How staffed a shift really is (see the module header). */
export function staffing(
  shift: Pick<Shift, 'areaId' | 'date' | 'needed' | 'assigned' | 'cancelled'>,
  context: StaffingContext = NO_CONTEXT,
): ShiftStaffing {
  const absences = context.absences ?? [];
  const required = context.requiredQualifications?.(shift.areaId) ?? [];
  const filling: string[] = [];
  const absent: string[] = [];
  const unqualified: string[] = [];
  for (const personId of shift.assigned) {
    if (absenceOn(personId, shift.date, absences)) {
      absent.push(personId);
      continue;
    }
    filling.push(personId);
    const held = context.qualificationsOf?.(personId) ?? [];
    if (required.length > 0 && missingQualifications(required, held, shift.date).length > 0) unqualified.push(personId);
  }
  const open = shift.cancelled !== undefined ? 0 : Math.max(0, shift.needed - filling.length);
  return { filling, absent, unqualified, open, level: levelOf(filling.length, shift.needed) };
}

function levelOf(count: number, needed: number): Staffing {
  if (count === 0) return 'empty';
  if (count < needed) return 'understaffed';
  return count === needed ? 'full' : 'overstaffed';
}

/** The level alone: Ist (people who are there) against Soll. */
export function staffingOf(
  shift: Pick<Shift, 'areaId' | 'date' | 'needed' | 'assigned' | 'cancelled'>,
  context?: StaffingContext,
): Staffing {
  return staffing(shift, context).level;
}

/** Open places alone (never negative; none on a called-off shift). */
export function openPlacesOf(
  shift: Pick<Shift, 'areaId' | 'date' | 'needed' | 'assigned' | 'cancelled'>,
  context?: StaffingContext,
): number {
  return staffing(shift, context).open;
}
