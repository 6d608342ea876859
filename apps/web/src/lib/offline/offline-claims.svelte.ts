/**
 * The offline claims of one person in one center, as page state: what waits for the network (shown on its
 * card with a way to cancel), and what became of the claims sent once it was back (shown and announced).
 * The queue itself and its rules live in `claim-queue.ts`; this class only keeps it in step with storage.
 */
import type { ClaimResult, OpenShift } from '$lib/api/claims';
import {
  enqueue,
  queueKey,
  readQueue,
  sendQueue,
  withoutShift,
  writeQueue,
  type QueuedClaim,
  type QueueStorage,
  type SentClaim,
} from './claim-queue';

export interface OfflineClaimsOptions {
  center: string;
  personId: string;
  storage: QueueStorage;
  send: (shiftId: string) => Promise<ClaimResult>;
  /** After queued claims reached the server (the lists change). */
  onSent?: () => void;
  now?: () => number;
}

export class OfflineClaims {
  queued = $state<QueuedClaim[]>([]);
  /** The answers to queued claims since the page opened, oldest first. */
  results = $state<SentClaim[]>([]);

  readonly #key: string;
  readonly #options: OfflineClaimsOptions;
  #sending: Promise<void> | null = null;

  constructor(options: OfflineClaimsOptions) {
    this.#options = options;
    this.#key = queueKey(options.center, options.personId);
    this.queued = readQueue(options.storage, this.#key);
  }

  isQueued(shiftId: string): boolean {
    return this.queued.some((entry) => entry.shift.shiftId === shiftId);
  }

  add(shift: OpenShift): void {
    const now = this.#options.now ?? Date.now;
    this.#save(enqueue(readQueue(this.#options.storage, this.#key), { shift, queuedAt: now() }));
  }

  cancel(shiftId: string): void {
    this.#save(withoutShift(readQueue(this.#options.storage, this.#key), shiftId));
  }

  /** Sends what waits (page load, back online, live stream back); overlapping calls share one run. */
  flush(): Promise<void> {
    this.#sending ??= this.#send().finally(() => {
      this.#sending = null;
    });
    return this.#sending;
  }

  async #send(): Promise<void> {
    // Read again: another tab may have sent or cancelled meanwhile.
    const queue = readQueue(this.#options.storage, this.#key);
    if (queue.length === 0) {
      this.queued = [];
      return;
    }
    const { sent } = await sendQueue(queue, this.#options.send);
    const answered = sent.map((entry) => entry.shift.shiftId);
    // Claims cancelled or added while sending stay as the storage has them now.
    this.#save(readQueue(this.#options.storage, this.#key).filter((entry) => !answered.includes(entry.shift.shiftId)));
    if (sent.length === 0) return;
    this.results = [...this.results, ...sent];
    this.#options.onSent?.();
  }

  #save(queue: QueuedClaim[]): void {
    writeQueue(this.#options.storage, this.#key, queue);
    this.queued = queue;
  }
}
