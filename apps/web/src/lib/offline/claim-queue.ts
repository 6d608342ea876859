/**
 * The offline claim queue (issue 5): "Übernehmen" pressed without a network is kept here, per person and
 * center, and sent when the network is back. Pure functions over a small storage interface (localStorage in
 * the browser): nothing here knows about the page. Sending again is safe, because the server answers a
 * repeated claim of the same person with 200 and changes nothing.
 */
import type { ClaimResult, OpenShift } from '$lib/api/claims';
import { decodeOpenShift } from '$lib/api/claims';

/** A claim waiting for the network, with the shift as the person saw it (to show it while offline). */
export interface QueuedClaim {
  shift: OpenShift;
  /** When "Übernehmen" was pressed (epoch milliseconds). */
  queuedAt: number;
}

/** What became of a queued claim once it reached the server. */
export type SentClaim =
  | { kind: 'claimed'; shift: OpenShift }
  | { kind: 'refused'; shift: OpenShift; message: string }
  | { kind: 'unavailable'; shift: OpenShift };

/** The part of `Storage` the queue uses; tests pass a Map-backed one. */
export type QueueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One queue per person and center: a shared phone never sends one person's claim as another's. */
export function queueKey(center: string, personId: string): string {
  return `schichtbrett:claim-queue:${center}:${personId}`;
}

/** The stored queue; anything unreadable (an old format, a hand edit) counts as empty, never as a claim. */
export function readQueue(storage: QueueStorage, key: string): QueuedClaim[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(key) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { shift, queuedAt } = entry as Record<string, unknown>;
    const decoded = decodeOpenShift(shift);
    return decoded && typeof queuedAt === 'number' ? [{ shift: decoded, queuedAt }] : [];
  });
}

export function writeQueue(storage: QueueStorage, key: string, queue: readonly QueuedClaim[]): void {
  if (queue.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(queue));
}

/** The queue with `claim` added at the end; a shift already waiting keeps its place. */
export function enqueue(queue: readonly QueuedClaim[], claim: QueuedClaim): QueuedClaim[] {
  if (queue.some((entry) => entry.shift.shiftId === claim.shift.shiftId)) return [...queue];
  return [...queue, claim];
}

export function withoutShift(queue: readonly QueuedClaim[], shiftId: string): QueuedClaim[] {
  return queue.filter((entry) => entry.shift.shiftId !== shiftId);
}

/** True when a claim never got an HTTP answer: it is kept for later instead of being reported. */
export function isOfflineFailure(result: ClaimResult): boolean {
  return !result.ok && result.reason === 'unavailable' && result.offline === true;
}

/**
 * Sends the queued claims in order. A claim that still gets no answer stays, and so do all after it (the
 * network is gone again); every other answer leaves the queue and is reported.
 */
export async function sendQueue(
  queue: readonly QueuedClaim[],
  send: (shiftId: string) => Promise<ClaimResult>,
): Promise<{ remaining: QueuedClaim[]; sent: SentClaim[] }> {
  const sent: SentClaim[] = [];
  for (const [index, entry] of queue.entries()) {
    const result = await send(entry.shift.shiftId);
    if (isOfflineFailure(result)) return { remaining: queue.slice(index), sent };
    sent.push(
      result.ok
        ? { kind: 'claimed', shift: entry.shift }
        : result.reason === 'refused'
          ? { kind: 'refused', shift: entry.shift, message: result.message }
          : { kind: 'unavailable', shift: entry.shift },
    );
  }
  return { remaining: [], sent };
}
