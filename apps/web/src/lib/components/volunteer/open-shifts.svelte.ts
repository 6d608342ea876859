/**
 * The state of "Offene Schichten": the list from the server, the filters, and what became of the last
 * claim. A refused place stays in the list with the server's message, even when the refresh that follows
 * no longer lists it, so the person sees in place why it did not work.
 */
import { offerKey, type ClaimResult, type OpenShift } from '$lib/api/claims';

export type ClaimOutcome =
  | { kind: 'claimed'; shift: OpenShift }
  | { kind: 'refused'; shift: OpenShift; message: string }
  | { kind: 'unavailable'; shift: OpenShift }
  | { kind: 'queued'; shift: OpenShift };

export interface OpenShiftsSource {
  load: () => Promise<OpenShift[]>;
  claim: (shiftId: string) => Promise<ClaimResult>;
  /** Takes over a place whose holder looks for a stand-in (entries with `standInFor`). */
  takeOver: (shiftId: string) => Promise<ClaimResult>;
  /**
   * Keeps a claim that got no answer at all (offline) to send later; without it such a claim is reported
   * as unavailable. Take-overs are never queued: by the time the phone is back, the holder may have found
   * someone else or withdrawn.
   */
  queue?: (shift: OpenShift) => void;
}

/** One card in the list: an open place, or one that the person just failed to take. */
export interface OpenShiftEntry {
  shift: OpenShift;
  /** False when the server no longer lists it as open for this person. */
  open: boolean;
  /** Why the person's claim of it did not work, if it just failed. */
  problem: Extract<ClaimOutcome, { kind: 'refused' | 'unavailable' }> | null;
}

/** The id of the sentence on a card that says why taking it did not work (focus goes there). */
export function claimProblemId(shift: Pick<OpenShift, 'shiftId' | 'standInFor'>): string {
  return shift.standInFor === null ? `claim-problem-${shift.shiftId}` : `claim-problem-stand-in-${shift.shiftId}`;
}

export class OpenShiftsList {
  shifts = $state<OpenShift[]>([]);
  /** When the list last arrived from the server (epoch milliseconds). */
  updatedAt = $state(Date.now());
  refreshFailed = $state(false);
  areaId = $state('');
  day = $state('');
  /** The entry (`offerKey`) whose claim is on its way; one at a time. */
  claiming = $state<string | null>(null);
  /** The last claim's outcome: success is announced on top, problems on their card. */
  outcome = $state<ClaimOutcome | null>(null);

  readonly #source: OpenShiftsSource;
  #refreshing: Promise<void> | null = null;

  constructor(initial: OpenShift[], source: OpenShiftsSource) {
    this.shifts = initial;
    this.#source = source;
  }

  /** The days that have open places, for the day filter (the chosen one stays even if it emptied). */
  readonly days = $derived.by(() => {
    const dates = this.shifts.map((shift) => shift.date);
    if (this.day) dates.push(this.day);
    return dates.filter((date, index) => dates.indexOf(date) === index).sort();
  });

  readonly entries = $derived.by((): OpenShiftEntry[] => {
    const outcome = this.outcome;
    const problem = outcome?.kind === 'refused' || outcome?.kind === 'unavailable' ? outcome : null;
    const entries: OpenShiftEntry[] = this.shifts.map((shift) => ({
      shift,
      open: true,
      problem: problem && offerKey(problem.shift) === offerKey(shift) ? problem : null,
    }));
    if (problem && !entries.some((entry) => entry.problem)) {
      entries.push({ shift: problem.shift, open: false, problem });
      entries.sort((a, b) => a.shift.date.localeCompare(b.shift.date) || a.shift.start.localeCompare(b.shift.start));
    }
    return entries.filter(
      (entry) => (!this.areaId || entry.shift.areaId === this.areaId) && (!this.day || entry.shift.date === this.day),
    );
  });

  readonly filtered = $derived(this.areaId !== '' || this.day !== '');

  /** Fetches the list again; overlapping calls share one request. */
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
      // Keep the last list; the page says how old it is.
      this.refreshFailed = true;
    }
  }

  /** Claims one place, then refreshes the list whatever the answer was. */
  async claim(shift: OpenShift): Promise<ClaimOutcome | null> {
    if (this.claiming) return null;
    this.claiming = offerKey(shift);
    this.outcome = null;
    try {
      const plainClaim = shift.standInFor === null;
      const send = plainClaim ? this.#source.claim : this.#source.takeOver;
      const result = await send(shift.shiftId);
      if (plainClaim && this.#source.queue && !result.ok && result.reason === 'unavailable' && result.offline) {
        this.#source.queue(shift);
        this.outcome = { kind: 'queued', shift };
        return this.outcome;
      }
      const outcome: ClaimOutcome = result.ok
        ? { kind: 'claimed', shift }
        : result.reason === 'refused'
          ? { kind: 'refused', shift, message: result.message }
          : { kind: 'unavailable', shift };
      if (outcome.kind === 'claimed') this.shifts = this.shifts.filter((entry) => offerKey(entry) !== offerKey(shift));
      this.outcome = outcome;
      // A refresh already under way may have left before the claim; ask again after it.
      await this.#refreshing;
      await this.refresh();
      return outcome;
    } finally {
      this.claiming = null;
    }
  }
}
