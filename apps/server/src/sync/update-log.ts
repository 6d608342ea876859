/**
 * Where accepted Yjs updates live: an append-only log per room, synchronous so that an update is on disk
 * before anyone sees it. Implemented in memory (memory-update-log.ts) and on SQLite (sqlite-update-log.ts).
 */
import * as Y from 'yjs';

export interface StoredUpdate {
  /** Increases with every append across all rooms; rows of a room are replayed in id order. */
  id: number;
  data: Uint8Array;
  /** True for a row that is the merged state of every row of the room it replaced. */
  isSnapshot: boolean;
}

export interface UpdateLog {
  /** Every row of `room`, in id order. */
  load(room: string): StoredUpdate[];
  /** Appends one update durably and returns its id; throws when storage fails. */
  append(room: string, update: Uint8Array): number;
  /**
   * Atomically replaces the rows of `room` with id ≤ `upToId` by one snapshot row that keeps their
   * position (rows after `upToId` still replay after it). `upToId` must be the id of a row of `room`.
   * Throws and changes nothing when storage fails.
   */
  compact(room: string, upToId: number, snapshot: Uint8Array): void;
}

/** Replays rows into `doc` in one transaction, so struct merging matches a fresh load of the same rows. */
export function replayUpdates(doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown = null): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  }, origin);
}

/** The document state the rows add up to, encoded as one update (the content of a snapshot row). */
export function foldUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    replayUpdates(doc, updates);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
