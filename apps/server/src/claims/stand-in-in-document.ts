/**
 * "Vertretung suchen" inside one week document: ask, withdraw, take over. Synchronous like the claims
 * (claim-in-document.ts): run inside one `rooms.changeDocument` callback, so of two people taking over
 * the same place exactly one gets it, and the asker is swapped for the taker in one transaction.
 */
import {
  askForStandIn,
  decideAskStandIn,
  decideTakeOver,
  isSeekingStandIn,
  readShift,
  takeOverPlace,
  withdrawStandIn,
  type ClaimRules,
  type Shift,
  type StandInAskRefusal,
  type TakeOverRefusal,
} from '@schichtbrett/domain';
import type * as Y from 'yjs';
import { claimInputOf, claimWeekStateOf, type ClaimantContext } from './claim-in-document';

export interface StandInAskContext {
  personId: string;
  timeZone: string;
  now: Date;
  rules: ClaimRules;
}

export type StandInAskOutcome =
  /** `repeated`: the person was already looking (a retried request); nothing was written. */
  | { kind: 'seeking'; shift: Shift; since: number; repeated: boolean }
  | { kind: 'refused'; reason: Exclude<StandInAskRefusal, 'already-seeking'> }
  | { kind: 'shift-not-found' };

/** Decides a stand-in request on the document as it is now and, when allowed, records it. */
export function askStandInInDocument(
  doc: Y.Doc,
  shiftId: string,
  context: StandInAskContext,
  origin: unknown,
): StandInAskOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  const decision = decideAskStandIn({ ...context, shift, weekState: claimWeekStateOf(doc) });
  if (!decision.ok) {
    if (decision.reason !== 'already-seeking') return { kind: 'refused', reason: decision.reason };
    const since = shift.standIn?.find((request) => request.personId === context.personId)?.since ?? 0;
    return { kind: 'seeking', shift, since, repeated: true };
  }
  const since = context.now.getTime();
  const applied = askForStandIn(doc, shiftId, context.personId, since, origin);
  if (!applied.ok) throw new Error(`stand-in request on ${shiftId} allowed but not applied: ${applied.reason}`);
  return { kind: 'seeking', shift, since, repeated: false };
}

export type StandInWithdrawOutcome =
  | { kind: 'withdrawn'; shift: Shift; wasSeeking: boolean }
  | { kind: 'refused'; reason: 'not-assigned' }
  | { kind: 'shift-not-found' };

/**
 * Ends the person's search; they stay on the shift. Ending a search that is not (or no longer) running
 * is done already: a place just taken over answers `not-assigned`, which the person should hear.
 */
export function withdrawStandInInDocument(
  doc: Y.Doc,
  shiftId: string,
  personId: string,
  origin: unknown,
): StandInWithdrawOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  if (!shift.assigned.includes(personId)) return { kind: 'refused', reason: 'not-assigned' };
  const wasSeeking = isSeekingStandIn(shift, personId);
  if (wasSeeking) withdrawStandIn(doc, shiftId, personId, origin);
  return { kind: 'withdrawn', shift, wasSeeking };
}

export type TakeOverOutcome =
  | { kind: 'taken-over'; shift: Shift; askerId: string }
  | { kind: 'refused'; reason: TakeOverRefusal }
  | { kind: 'shift-not-found' };

/** Decides a take-over on the document as it is now and, when allowed, swaps the asker for the taker. */
export function takeOverInDocument(
  doc: Y.Doc,
  shiftId: string,
  context: ClaimantContext,
  origin: unknown,
): TakeOverOutcome {
  const shift = readShift(doc, shiftId);
  if (!shift) return { kind: 'shift-not-found' };
  const decision = decideTakeOver(claimInputOf(doc, shift, context));
  if (!decision.ok) return { kind: 'refused', reason: decision.reason };
  const { askerId } = decision;
  const takerId = context.personId;
  const applied = takeOverPlace(doc, shiftId, { askerId, takerId }, context.now.getTime(), origin);
  if (!applied.ok) throw new Error(`take-over of ${shiftId} allowed but not applied: ${applied.reason}`);
  return { kind: 'taken-over', shift: readShift(doc, shiftId) ?? shift, askerId };
}
