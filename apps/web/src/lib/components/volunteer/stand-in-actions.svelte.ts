/**
 * "Vertretung suchen" on "Meine Schichten": asking for a stand-in after the cut-off and ending the
 * search, one at a time, with what became of the last one. Kept apart from `MyShiftsList`, which holds the
 * list; after each answer the list is reloaded (`afterChange`), since the server has the truth.
 */
import type { GiveBackResult, MyShift } from '$lib/api/claims';

export type StandInOutcome =
  | { kind: 'asked'; shift: MyShift }
  | { kind: 'ended'; shift: MyShift }
  | { kind: 'refused'; shift: MyShift; message: string }
  | { kind: 'unavailable'; shift: MyShift };

export interface StandInSource {
  ask: (shiftId: string) => Promise<GiveBackResult>;
  end: (shiftId: string) => Promise<GiveBackResult>;
}

export class StandInActions {
  /** The shift whose request is on its way. */
  busy = $state<string | null>(null);
  outcome = $state<StandInOutcome | null>(null);

  readonly #source: StandInSource;
  readonly #afterChange: () => Promise<void>;

  constructor(source: StandInSource, afterChange: () => Promise<void>) {
    this.#source = source;
    this.#afterChange = afterChange;
  }

  /** Why the last request about this shift failed, if it did. */
  problemOf(shiftId: string): Extract<StandInOutcome, { kind: 'refused' | 'unavailable' }> | null {
    const outcome = this.outcome;
    if (!outcome || outcome.kind === 'asked' || outcome.kind === 'ended') return null;
    return outcome.shift.shiftId === shiftId ? outcome : null;
  }

  ask(shift: MyShift): Promise<StandInOutcome | null> {
    return this.#send(shift, 'asked', this.#source.ask);
  }

  end(shift: MyShift): Promise<StandInOutcome | null> {
    return this.#send(shift, 'ended', this.#source.end);
  }

  async #send(
    shift: MyShift,
    done: 'asked' | 'ended',
    send: (shiftId: string) => Promise<GiveBackResult>,
  ): Promise<StandInOutcome | null> {
    if (this.busy) return null;
    this.busy = shift.shiftId;
    this.outcome = null;
    try {
      const result = await send(shift.shiftId);
      const outcome: StandInOutcome = result.ok
        ? done === 'asked'
          ? { kind: 'asked', shift }
          : { kind: 'ended', shift }
        : result.reason === 'refused'
          ? { kind: 'refused', shift, message: result.message }
          : { kind: 'unavailable', shift };
      this.outcome = outcome;
      await this.#afterChange();
      return outcome;
    } finally {
      this.busy = null;
    }
  }
}
