/**
 * Throughput of the hot sync path on a real SQLite file (WAL): accept one update (append, then broadcast
 * to 20 connections), load a room of 500 rows, and compact 500 rows into one snapshot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '@schichtbrett/db';
import { pino } from 'pino';
import { afterAll, bench, describe } from 'vitest';
import * as Y from 'yjs';
import type { SyncConnection } from '../src/sync/close-codes';
import type { SyncIdentity } from '../src/sync/identity';
import { encodeMessage } from '../src/sync/protocol';
import { Room } from '../src/sync/room';
import { SqliteUpdateLog } from '../src/sync/sqlite-update-log';

const dataDir = mkdtempSync(join(tmpdir(), 'schichtbrett-bench-'));
const database = openDatabase({ file: join(dataDir, 'bench.sqlite') });
await migrateToLatest(database.db);
const log = new SqliteUpdateLog(database.sqlite);
const logger = pino({ level: 'silent' });
afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});
const silent: SyncConnection = { send: () => {}, close: () => {} };
/** Coordinators: their updates are not checked (bench/sync-permissions.bench.ts measures the check). */
const coordinator: SyncIdentity = {
  userId: 'bench',
  sessionId: 'bench',
  personId: 'bench',
  displayName: 'Bench',
  role: 'coordinator',
  access: { kind: 'write-all' },
};

function openRoom(name: string, compactAfterRows = 1_000_000): Room {
  return new Room({ name, log, logger, compactAfterRows, onEmpty: () => {}, onFailed: () => {} });
}

/** `count` small updates as a client would send them (one shift pushed per update). */
function clientUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => frames.push(encodeMessage({ kind: 'update', update })));
  for (let i = 0; i < count; i++) doc.getArray('shifts').push([{ area: 'cafe', start: '09:00', needed: 2, i }]);
  return frames;
}

describe('sync room', () => {
  const room = openRoom('week/bench/2026-W01');
  const sender: SyncConnection = { send: () => {}, close: () => {} };
  room.join(sender, coordinator);
  for (let i = 0; i < 20; i++) room.join({ ...silent }, coordinator);
  const frames = clientUpdates(200_000);
  let next = 0;
  bench('accept one update: append to SQLite, broadcast to 20 connections', () => {
    room.receive(sender, frames[next++ % frames.length] as Uint8Array);
  });

  const writer: SyncConnection = { send: () => {}, close: () => {} };
  const filler = openRoom('week/bench/2026-W02');
  filler.join(writer, coordinator);
  for (const frame of clientUpdates(500)) filler.receive(writer, frame);
  filler.close();
  bench('load a room of 500 rows', () => {
    openRoom('week/bench/2026-W02').close();
  });

  // Rooms of 500 rows each, prepared up front so that only the compaction is measured.
  const rooms = Array.from({ length: 20 }, (_, i) => {
    const name = `week/bench/2026-W${String(10 + i)}`;
    const prepared = openRoom(name);
    prepared.join(writer, coordinator);
    for (const frame of clientUpdates(500)) prepared.receive(writer, frame);
    return prepared;
  });
  let compacted = 0;
  bench(
    'compact 500 rows into one snapshot',
    () => {
      const prepared = rooms[compacted++ % rooms.length] as Room;
      prepared.compact();
    },
    { iterations: 12, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
