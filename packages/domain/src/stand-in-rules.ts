/**
 * "Vertretung suchen" (issue 5): after the give-back cut-off a person cannot drop a shift, but can ask
 * for a stand-in and stays responsible until someone qualified takes the place over. Pure: the server
 * decides with these inside the one document step that applies the request or the take-over.
 */
import {
  decideClaim,
  giveBackCutoffOf,
  type ClaimDecision,
  type ClaimInput,
  type ClaimRefusal,
  type GiveBackInput,
} from './claim-rules';
import { compareShifts, type Shift } from './shift';
import { shiftIntervalOf } from './shift-time';

export type StandInAskRefusal =
  | 'finalized'
  | 'not-published'
  | 'cancelled'
  | 'not-assigned'
  /** Before the cut-off the place can simply be given back. */
  | 'before-cut-off'
  /** The shift has started: too late to hand it on. */
  | 'started'
  /** The person already looks for a stand-in (a repeated request; the server may treat it as done). */
  | 'already-seeking';

/** Nobody (else) on the shift looks for a stand-in, e.g. another person was quicker. */
export type TakeOverRefusal = Exclude<ClaimRefusal, 'full'> | 'no-request';

/** Whether the person is among the shift's stand-in seekers. */
export function isSeekingStandIn(shift: Pick<Shift, 'standIn'>, personId: string): boolean {
  return shift.standIn?.some((request) => request.personId === personId) ?? false;
}

/**
 * Decides asking for a stand-in: only someone on the shift, in a published week, for a shift that takes
 * place, from the give-back cut-off until the shift starts. Checks run from the week to the person, so
 * the reason that matters most comes first.
 */
export function decideAskStandIn(input: GiveBackInput): ClaimDecision<StandInAskRefusal> {
  const { shift, personId } = input;
  const refuse = (reason: StandInAskRefusal) => ({ ok: false as const, reason });
  if (input.weekState === 'finalized') return refuse('finalized');
  if (input.weekState !== 'published') return refuse('not-published');
  if (shift.cancelled !== undefined) return refuse('cancelled');
  if (!shift.assigned.includes(personId)) return refuse('not-assigned');
  if (isSeekingStandIn(shift, personId)) return refuse('already-seeking');
  const now = input.now.getTime();
  if (now < giveBackCutoffOf(shift, input.timeZone, input.rules).getTime()) return refuse('before-cut-off');
  if (now >= shiftIntervalOf(shift, input.timeZone).start.getTime()) return refuse('started');
  return { ok: true };
}

export type TakeOverDecision = { ok: true; askerId: string } | { ok: false; reason: TakeOverRefusal };

/**
 * Decides taking over a place whose holder looks for a stand-in: the longest-waiting asker is replaced.
 * The taker passes every check of a claim except capacity, which the swap does not change (the shift is
 * usually full, and an overstaffed one stays as it was).
 */
export function decideTakeOver(input: ClaimInput): TakeOverDecision {
  const { shift, personId } = input;
  const refuse = (reason: TakeOverRefusal) => ({ ok: false as const, reason });
  if (input.weekState === 'finalized') return refuse('finalized');
  if (input.weekState !== 'published') return refuse('not-published');
  if (shift.cancelled !== undefined) return refuse('cancelled');
  if (shift.assigned.includes(personId)) return refuse('already-assigned');
  const asker = shift.standIn?.[0];
  if (!asker) return refuse('no-request');
  // The asker's place is the one taken: without them, exactly one place is free.
  const others = shift.assigned.filter((id) => id !== asker.personId);
  const decision = decideClaim({ ...input, shift: { ...shift, assigned: others, needed: others.length + 1 } });
  if (!decision.ok) return refuse(decision.reason === 'full' ? 'no-request' : decision.reason);
  return { ok: true, askerId: asker.personId };
}

export interface StandInOffer {
  shift: Shift;
  /** Whose place would be taken over (the longest-waiting asker). */
  askerId: string;
}

/**
 * The places this person could take over from someone looking for a stand-in, soonest first. `shifts`
 * are all shifts in view, the person's own included (a take-over must not overlap them).
 */
export function standInOffersFor(
  person: Pick<ClaimInput, 'personId' | 'qualifications' | 'absences'>,
  shifts: readonly Shift[],
  context: {
    weekStateOf: (shift: Shift) => ClaimInput['weekState'];
    requiredQualificationsOf: (areaId: string) => ClaimInput['requiredQualifications'];
    timeZone: string;
    now: Date;
    rules?: ClaimInput['rules'];
  },
): StandInOffer[] {
  const own = shifts.filter((shift) => shift.assigned.includes(person.personId));
  const offers: StandInOffer[] = [];
  for (const shift of [...shifts].sort(compareShifts)) {
    if (!shift.standIn) continue;
    const decision = decideTakeOver({
      ...person,
      shift,
      weekState: context.weekStateOf(shift),
      ownShifts: own.filter((other) => other.date === shift.date),
      requiredQualifications: context.requiredQualificationsOf(shift.areaId),
      timeZone: context.timeZone,
      now: context.now,
      rules: context.rules,
    });
    if (decision.ok) offers.push({ shift, askerId: decision.askerId });
  }
  return offers;
}
