/** The update log in memory: for unit tests and for running without a database; loses all on exit. */
import type { StoredUpdate, UpdateAttribution, UpdateLog } from './update-log';

export interface MemoryHistoryRow extends UpdateAttribution {
  data: Uint8Array;
}

export class MemoryUpdateLog implements UpdateLog {
  private readonly rooms = new Map<string, StoredUpdate[]>();
  private readonly trail = new Map<string, MemoryHistoryRow[]>();
  private lastId = 0;

  load(room: string): StoredUpdate[] {
    return (this.rooms.get(room) ?? []).map((row) => ({ ...row, data: row.data.slice() }));
  }

  /** The audit trail of `room`, in order (the SQLite log keeps it in `update_history`). */
  history(room: string): MemoryHistoryRow[] {
    return [...(this.trail.get(room) ?? [])];
  }

  append(room: string, update: Uint8Array, attribution?: UpdateAttribution): number {
    const id = ++this.lastId;
    if (attribution) this.trail.set(room, [...this.history(room), { ...attribution, data: update.slice() }]);
    const rows = this.rooms.get(room) ?? [];
    // Copy: the caller's bytes may be a view on a buffer that is reused.
    rows.push({ id, data: update.slice(), isSnapshot: false });
    this.rooms.set(room, rows);
    return id;
  }

  compact(room: string, upToId: number, snapshot: Uint8Array): void {
    const rows = this.rooms.get(room) ?? [];
    if (!rows.some((row) => row.id === upToId)) throw new Error(`room ${room} has no row ${upToId}`);
    const kept = rows.filter((row) => row.id > upToId);
    this.rooms.set(room, [{ id: upToId, data: snapshot.slice(), isSnapshot: true }, ...kept]);
  }
}
