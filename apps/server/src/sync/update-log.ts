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

/**
 * Who an update came from, kept in the audit trail (ADR 0019): a person's board edit over the socket, or a
 * server command run for a person (null when nobody asked, e.g. preparing a new week's document).
 */
export interface UpdateAttribution {
  via: 'socket' | 'server';
  personId: string | null;
  personName: string | null;
}

export interface UpdateLog {
  /** Every row of `room`, in id order. */
  load(room: string): StoredUpdate[];
  /**
   * Appends one update durably, together with its row of the audit trail when `attribution` is given
   * (compaction never touches the trail), and returns its id; throws when storage fails.
   */
  append(room: string, update: Uint8Array, attribution?: UpdateAttribution): number;
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
