/**
 * Whether a volunteer may take a place on a shift or give it back (issue 5). Pure: the server decides
 * with these inside the one step that applies the claim, the phone uses them to list what is open.
 */
import { absenceOn, type Absence } from './availability';
import type { LocalDate } from './iso-week';
import {
  heldQualificationsOf,
  missingQualifications,
  type QualificationKind,
  type QualificationRecord,
  type QualificationRules,
} from './qualifications';
import { compareShifts, type Shift } from './shift';
import { shiftIntervalOf } from './shift-time';
import { openPlacesOf } from './staffing';
import type { WeekStatus } from './sync-contract';

/** The week's status as the claim rules see it. */
export type ClaimWeekState = WeekStatus;

export type ClaimRefusal =
  | 'full'
  | 'not-qualified'
  | 'overlap'
  | 'absent'
  | 'cut-off'
  | 'not-published'
  | 'finalized'
  | 'cancelled'
  | 'already-assigned';

export type GiveBackRefusal = 'not-assigned' | 'cut-off' | 'finalized' | 'cancelled';

export type ClaimDecision<Reason> = { ok: true } | { ok: false; reason: Reason };

/** Per-center settings; everything left out takes the default. */
export interface ClaimRules extends QualificationRules {
  /** Hours before a shift's start from which it can no longer be given back; default 48. */
  giveBackCutoffHours?: number;
}

export const DEFAULT_GIVE_BACK_CUTOFF_HOURS = 48;

export interface ClaimInput {
  personId: string;
  shift: Shift;
  weekState: ClaimWeekState;
  /** The person's shifts that week (others' shifts and the shift itself are ignored). */
  ownShifts: readonly Shift[];
  /** What the shift's area requires. */
  requiredQualifications: readonly QualificationKind[];
  qualifications: readonly QualificationRecord[];
  /**
   * The claimant's absences, and those of the people on the shift: someone away that day holds no place,
   * so it can be claimed (staffing.ts).
   */
  absences: readonly Absence[];
  /** The center's time zone, in which shift times are wall-clock times. */
  timeZone: string;
  now: Date;
  rules?: ClaimRules;
}

/** Same-day shifts whose times intersect; back-to-back is fine (as in the board's warnings). */
function overlaps(a: Shift, b: Shift): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end;
}

/**
 * Decides a claim. Checks run in this order, so the person hears the reason that matters most:
 * 1. finalized, then not-published: the week itself is closed, nothing about the shift matters;
 * 2. cancelled: the shift is not taking place;
 * 3. already-assigned: the person has it (a repeated offline claim; the server may treat it as done);
 * 4. full: the usual outcome of a race ("Diese Schicht wurde gerade vergeben");
 * 5. absent, not-qualified, overlap: about the person;
 * 6. cut-off: a shift that has started cannot be claimed.
 */
export function decideClaim(input: ClaimInput): ClaimDecision<ClaimRefusal> {
  const { personId, shift } = input;
  const refuse = (reason: ClaimRefusal) => ({ ok: false as const, reason });
  if (input.weekState === 'finalized') return refuse('finalized');
  if (input.weekState !== 'published') return refuse('not-published');
  if (shift.cancelled !== undefined) return refuse('cancelled');
  if (shift.assigned.includes(personId)) return refuse('already-assigned');
  if (openPlacesOf(shift, { absences: input.absences }) === 0) return refuse('full');
  if (absenceOn(personId, shift.date, input.absences)) return refuse('absent');
  const held = heldQualificationsOf(input.qualifications, input.rules);
  if (missingQualifications(input.requiredQualifications, held, shift.date).length > 0) return refuse('not-qualified');
  const clash = input.ownShifts.some(
    (other) =>
      other.id !== shift.id &&
      other.cancelled === undefined &&
      other.assigned.includes(personId) &&
      overlaps(shift, other),
  );
  if (clash) return refuse('overlap');
  if (input.now.getTime() >= shiftIntervalOf(shift, input.timeZone).start.getTime()) return refuse('cut-off');
  return { ok: true };
}

export interface GiveBackInput {
  personId: string;
  shift: Shift;
  weekState: ClaimWeekState;
  timeZone: string;
  now: Date;
  rules?: ClaimRules;
}

/** The first instant at which the shift can no longer be given back. */
export function giveBackCutoffOf(
  shift: Pick<Shift, 'date' | 'start' | 'end'>,
  timeZone: string,
  rules: ClaimRules = {},
): Date {
  const hours = rules.giveBackCutoffHours ?? DEFAULT_GIVE_BACK_CUTOFF_HOURS;
  // Real hours on instants, not wall-clock hours: across a DST change 48 h is not "same time two days before".
  return new Date(shiftIntervalOf(shift, timeZone).start.getTime() - hours * 3_600_000);
}

/**
 * Decides giving a shift back: not in a finalized week, not a called-off shift (there is nothing to give
 * back: nobody comes), only one's own, and only before the cut-off. After it the person stays responsible
 * and looks for a stand-in (Vertretung) instead.
 */
export function decideGiveBack(input: GiveBackInput): ClaimDecision<GiveBackRefusal> {
  if (input.weekState === 'finalized') return { ok: false, reason: 'finalized' };
  if (input.shift.cancelled !== undefined) return { ok: false, reason: 'cancelled' };
  if (!input.shift.assigned.includes(input.personId)) return { ok: false, reason: 'not-assigned' };
  if (input.now.getTime() >= giveBackCutoffOf(input.shift, input.timeZone, input.rules).getTime())
    return { ok: false, reason: 'cut-off' };
  return { ok: true };
}

/**
 * The shifts whose people could no longer give them back if the week were published at `now`: someone is
 * on them, they take place, and their give-back cut-off has passed but they have not begun. The
 * coordinator is told before publishing (ADR 29); the rule itself stays the same for everyone.
 */
export function shiftsPastGiveBackCutoff(
  shifts: readonly Shift[],
  context: { timeZone: string; now: Date; rules?: ClaimRules },
): Shift[] {
  const now = context.now.getTime();
  return shifts.filter(
    (shift) =>
      shift.assigned.length > 0 &&
      shift.cancelled === undefined &&
      now >= giveBackCutoffOf(shift, context.timeZone, context.rules).getTime() &&
      now < shiftIntervalOf(shift, context.timeZone).start.getTime(),
  );
}

export interface ClaimingPerson {
  personId: string;
  qualifications: readonly QualificationRecord[];
  absences: readonly Absence[];
}

export interface OpenShiftsContext {
  weekStateOf: (shift: Shift) => ClaimWeekState;
  /** Absences of the people on the shifts in view: their places are open to others. */
  absences?: readonly Absence[];
  requiredQualificationsOf: (areaId: string) => readonly QualificationKind[];
  timeZone: string;
  now: Date;
  rules?: ClaimRules;
}

export interface OpenShift {
  shift: Shift;
  openPlaces: number;
}

/**
 * The open places this person may take ("Offene Schichten"), soonest first. `shifts` are all shifts in
 * view, the person's own included (they are what a claim must not overlap). Uses decideClaim, so the list
 * never offers what the server would refuse.
 */
export function openShiftsFor(
  person: ClaimingPerson,
  shifts: readonly Shift[],
  context: OpenShiftsContext,
): OpenShift[] {
  const absences = [...person.absences, ...(context.absences ?? [])];
  const ownByDate = new Map<LocalDate, Shift[]>();
  for (const shift of shifts) {
    if (shift.assigned.includes(person.personId))
      ownByDate.set(shift.date, [...(ownByDate.get(shift.date) ?? []), shift]);
  }
  return shifts
    .filter(
      (shift) =>
        decideClaim({
          personId: person.personId,
          shift,
          weekState: context.weekStateOf(shift),
          ownShifts: ownByDate.get(shift.date) ?? [],
          requiredQualifications: context.requiredQualificationsOf(shift.areaId),
          qualifications: person.qualifications,
          absences,
          timeZone: context.timeZone,
          now: context.now,
          rules: context.rules,
        }).ok,
    )
    .sort(compareShifts)
    .map((shift) => ({ shift, openPlaces: openPlacesOf(shift, { absences }) }));
}
