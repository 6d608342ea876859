/**
 * The state of "Meine Schichten": the person's upcoming shifts, the one they are about to give back
 * (asked once more in place), and what became of the last give-back.
 */
import type { GiveBackResult, MyShift } from '$lib/api/claims';

export type GiveBackOutcome =
  | { kind: 'given-back'; shift: MyShift }
  | { kind: 'refused'; shift: MyShift; message: string }
  | { kind: 'unavailable'; shift: MyShift };

export interface MyShiftsSource {
  load: () => Promise<MyShift[]>;
  giveBack: (shiftId: string) => Promise<GiveBackResult>;
}

export class MyShiftsList {
  shifts = $state<MyShift[]>([]);
  updatedAt = $state(Date.now());
  refreshFailed = $state(false);
  /** The shift whose "Zurückgeben" was pressed and now waits for "Ja" or "Nein". */
  confirming = $state<string | null>(null);
  busy = $state<string | null>(null);
  outcome = $state<GiveBackOutcome | null>(null);

  readonly #source: MyShiftsSource;
  #refreshing: Promise<void> | null = null;

  constructor(initial: MyShift[], source: MyShiftsSource) {
    this.shifts = initial;
    this.#source = source;
  }

  /** Why the last give-back of this shift failed, if it did. */
  problemOf(shiftId: string): Extract<GiveBackOutcome, { kind: 'refused' | 'unavailable' }> | null {
    const outcome = this.outcome;
    if (!outcome || outcome.kind === 'given-back' || outcome.shift.shiftId !== shiftId) return null;
    return outcome;
  }

  refresh(): Promise<void> {
    this.#refreshing ??= this.#load().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    try {
      this.shifts = await this.#source.load();
      this.updatedAt = Date.now();
      this.refreshFailed = false;
    } catch {
      this.refreshFailed = true;
    }
  }

  ask(shiftId: string): void {
    this.confirming = shiftId;
    this.outcome = null;
  }

  cancel(): void {
    this.confirming = null;
  }

  /** Gives the place back, then reloads the list whatever the answer was. */
  async giveBack(shift: MyShift): Promise<GiveBackOutcome | null> {
    if (this.busy) return null;
    this.busy = shift.shiftId;
    try {
      const result = await this.#source.giveBack(shift.shiftId);
      const outcome: GiveBackOutcome = result.ok
        ? { kind: 'given-back', shift }
        : result.reason === 'refused'
          ? { kind: 'refused', shift, message: result.message }
          : { kind: 'unavailable', shift };
      if (outcome.kind === 'given-back') this.shifts = this.shifts.filter((entry) => entry.shiftId !== shift.shiftId);
      this.confirming = null;
      this.outcome = outcome;
      await this.#refreshing;
      await this.refresh();
      return outcome;
    } finally {
      this.busy = null;
    }
  }
}
