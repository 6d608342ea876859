/**
 * The update log on the `sync_updates` table through synchronous better-sqlite3 statements: an append
 * has committed (WAL) when `append` returns, which is what makes "durable before visible" hold.
 */
import type { DatabaseHandle } from '@schichtbrett/db';
import type { StoredUpdate, UpdateAttribution, UpdateLog } from './update-log';

type SqliteDatabase = DatabaseHandle['sqlite'];

interface UpdateRow {
  id: number;
  data: Buffer;
  is_snapshot: number;
}

export class SqliteUpdateLog implements UpdateLog {
  private readonly selectRoom;
  private readonly insertUpdate;
  private readonly appendWithHistory;
  private readonly selectRow;
  private readonly deleteUpTo;
  private readonly insertSnapshot;
  private readonly compactInTransaction;

  constructor(sqlite: SqliteDatabase) {
    this.selectRoom = sqlite.prepare<[string], UpdateRow>(
      'SELECT id, data, is_snapshot FROM sync_updates WHERE room = ? ORDER BY id',
    );
    this.insertUpdate = sqlite.prepare<[string, Buffer]>('INSERT INTO sync_updates (room, data) VALUES (?, ?)');
    const insertHistory = sqlite.prepare<[string, Buffer, string, string | null, string | null]>(
      'INSERT INTO update_history (room, data, via, person_id, person_name) VALUES (?, ?, ?, ?, ?)',
    );
    // One transaction: the trail never misses an update the document holds, nor holds one it does not.
    this.appendWithHistory = sqlite.transaction((room: string, data: Buffer, by: UpdateAttribution) => {
      const id = Number(this.insertUpdate.run(room, data).lastInsertRowid);
      insertHistory.run(room, data, by.via, by.personId, by.personName);
      return id;
    });
    this.selectRow = sqlite.prepare<[number, string], { id: number }>(
      'SELECT id FROM sync_updates WHERE id = ? AND room = ?',
    );
    this.deleteUpTo = sqlite.prepare<[string, number]>('DELETE FROM sync_updates WHERE room = ? AND id <= ?');
    // The snapshot takes the id of the last row it replaces, so later rows still replay after it.
    this.insertSnapshot = sqlite.prepare<[number, string, Buffer]>(
      'INSERT INTO sync_updates (id, room, data, is_snapshot) VALUES (?, ?, ?, 1)',
    );
    this.compactInTransaction = sqlite.transaction((room: string, upToId: number, snapshot: Buffer) => {
      if (!this.selectRow.get(upToId, room)) throw new Error(`room ${room} has no row ${upToId}`);
      this.deleteUpTo.run(room, upToId);
      this.insertSnapshot.run(upToId, room, snapshot);
    });
  }

  load(room: string): StoredUpdate[] {
    return this.selectRoom.all(room).map((row) => ({
      id: row.id,
      data: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
      isSnapshot: row.is_snapshot === 1,
    }));
  }

  append(room: string, update: Uint8Array, attribution?: UpdateAttribution): number {
    if (attribution) return this.appendWithHistory(room, asBuffer(update), attribution);
    return Number(this.insertUpdate.run(room, asBuffer(update)).lastInsertRowid);
  }

  compact(room: string, upToId: number, snapshot: Uint8Array): void {
    this.compactInTransaction(room, upToId, asBuffer(snapshot));
  }
}

export function createSqliteUpdateLog(sqlite: SqliteDatabase): UpdateLog {
  return new SqliteUpdateLog(sqlite);
}

/** better-sqlite3 binds blobs from Buffers only; this wraps the same bytes without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
