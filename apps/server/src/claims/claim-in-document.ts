/**
 * Claiming and giving back inside one week document: read the shift, decide with the domain's rules,
 * apply. Synchronous on purpose: the caller runs it inside one `rooms.changeDocument` callback, so no
 * other change of the room can come between the check and the write (issue 5, "exactly one gets it").
 */
import {
  assignPerson,
  decideClaim,
  decideGiveBack,
  readMeta,
  readShift,
  readWeek,
  unassignPerson,
  type Absence,
  type ClaimInput,
  type ClaimRefusal,
  type ClaimRules,
  type ClaimWeekState,
  type GiveBackRefusal,
  type QualificationKind,
  type QualificationRecord,
  type Shift,
} from '@schichtbrett/domain';
import type * as Y from 'yjs';

/** The week's state for the claim rules; a document without meta (never prepared) counts as a draft. */
export function claimWeekStateOf(doc: Y.Doc): ClaimWeekState {
  return readMeta(doc)?.status ?? 'draft';
}

export interface ClaimantContext {
  personId: string;
  qualifications: readonly QualificationRecord[];
  absences: readonly Absence[];
  requiredQualificationsOf: (areaId: string) => readonly QualificationKind[];
  timeZone: string;
  now: Date;
  rules: ClaimRules;
}

/** What the claim rules need to decide about `shift` for the claimant, read from the document now. */
export function claimInputOf(doc: Y.Doc, shift: Shift, context: ClaimantContext): ClaimInput {
  const { personId } = context;
  return {
    personId,
    shift,
    weekState: claimWeekStateOf(doc),
    ownShifts: readWeek(doc).shifts.filter((s) => s.date === shift.date && s.assigned.includes(personId)),
    requiredQualifications: context.requiredQualificationsOf(shift.areaId),
    qualifications: context.qualifications,
    absences: context.absences,
    timeZone: context.timeZone,
    now: context.now,
    rules: context.rules,
  };
}

export type ClaimOutcome =
  /** `repeated`: the person already had the place (a retried offline claim); nothing was written. */
  | { kind: 'claimed'; shift: Shift; repeated: boolean }
  | { kind: 'refused'; reason: Exclude<ClaimRefusal, 'already-assigned'> }
  | { kind: 'shift-not-found' };

/** Decides a claim on the document as it is now and, when allowed, puts the person on the shift. */
export function claimShiftInDocument(
  doc: Y.Doc,
  shiftId: string,
  context: ClaimantContext,
  origin: unknown,
): ClaimOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  const { personId } = context;
  const decision = decideClaim(claimInputOf(doc, shift, context));
  if (!decision.ok) {
    if (decision.reason === 'already-assigned') return { kind: 'claimed', shift, repeated: true };
    return { kind: 'refused', reason: decision.reason };
  }
  const applied = assignPerson(doc, shiftId, personId, context.now.getTime(), origin);
  // decideClaim has just read the same document: a refusal here is a bug, not an expected outcome.
  if (!applied.ok) throw new Error(`claim of ${shiftId} allowed but not applied: ${applied.reason}`);
  return { kind: 'claimed', shift: { ...shift, assigned: [...shift.assigned, personId] }, repeated: false };
}

export type GiveBackOutcome =
  { kind: 'given-back'; shift: Shift } | { kind: 'refused'; reason: GiveBackRefusal } | { kind: 'shift-not-found' };

/** Decides giving a shift back on the document as it is now and, when allowed, takes the person off. */
export function giveBackInDocument(
  doc: Y.Doc,
  shiftId: string,
  context: { personId: string; timeZone: string; now: Date; rules: ClaimRules },
  origin: unknown,
): GiveBackOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  const decision = decideGiveBack({
    personId: context.personId,
    shift,
    weekState: claimWeekStateOf(doc),
    timeZone: context.timeZone,
    now: context.now,
    rules: context.rules,
  });
  if (!decision.ok) return { kind: 'refused', reason: decision.reason };
  const applied = unassignPerson(doc, shiftId, context.personId, origin);
  if (!applied.ok) throw new Error(`give-back of ${shiftId} allowed but not applied: ${applied.reason}`);
  return { kind: 'given-back', shift: { ...shift, assigned: shift.assigned.filter((id) => id !== context.personId) } };
}
