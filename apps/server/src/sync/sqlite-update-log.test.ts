import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdateLogContract } from '../../test/support/update-log-contract';
import { SqliteUpdateLog } from './sqlite-update-log';
import { foldUpdates } from './update-log';

let dataDir: string;
const handles: DatabaseHandle[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'schichtbrett-log-'));
});

afterAll(async () => {
  for (const handle of handles) await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A fresh, migrated database file per test. */
async function openMigrated(): Promise<DatabaseHandle> {
  const handle = openDatabase({ file: join(dataDir, `${handles.length}.sqlite`) });
  handles.push(handle);
  await migrateToLatest(handle.db);
  return handle;
}

describeUpdateLogContract('sqlite', async () => new SqliteUpdateLog((await openMigrated()).sqlite));

describe('SqliteUpdateLog', () => {
  it('survives closing and reopening the file', async () => {
    const file = join(dataDir, 'reopen.sqlite');
    const first = openDatabase({ file });
    await migrateToLatest(first.db);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    const log = new SqliteUpdateLog(first.sqlite);
    for (const update of updates) log.append('week/demo/2026-W10', update);
    await first.close();

    const second = openDatabase({ file });
    handles.push(second);
    const rows = new SqliteUpdateLog(second.sqlite).load('week/demo/2026-W10');
    expect(foldUpdates(rows.map((row) => row.data))).toEqual(foldUpdates(updates));
  });

  it('rolls a failed compaction back completely', async () => {
    const { sqlite } = await openMigrated();
    const log = new SqliteUpdateLog(sqlite);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 5; i++) doc.getArray<number>('a').push([i]);
    const ids = updates.map((update) => log.append('r', update));
    const before = log.load('r');
    // A real SQLite failure in the middle of the transaction: after the delete, the insert aborts.
    sqlite.exec(
      "CREATE TRIGGER refuse_snapshots BEFORE INSERT ON sync_updates WHEN NEW.is_snapshot = 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(() => log.compact('r', ids[4] as number, foldUpdates(updates))).toThrow(/disk full/);
    expect(log.load('r')).toEqual(before);
  });

  it('writes the audit trail with an attributed append, and compaction leaves the trail alone', async () => {
    const { sqlite } = await openMigrated();
    const log = new SqliteUpdateLog(sqlite);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 3; i++) doc.getArray<number>('a').push([i]);
    const ids = [
      log.append('r', updates[0] as Uint8Array, { via: 'socket', personId: 'p-anna', personName: 'Anna K.' }),
      log.append('r', updates[1] as Uint8Array, { via: 'server', personId: null, personName: null }),
      // Without attribution (a caller that predates the trail): stored, not recorded.
      log.append('r', updates[2] as Uint8Array),
    ];
    log.compact('r', ids[2] as number, foldUpdates(updates));
    const trail = sqlite
      .prepare<[], { via: string; person_id: string | null; person_name: string | null; data: Buffer }>(
        "SELECT via, person_id, person_name, data FROM update_history WHERE room = 'r' ORDER BY id",
      )
      .all();
    expect(trail.map((row) => [row.via, row.person_id, row.person_name])).toEqual([
      ['socket', 'p-anna', 'Anna K.'],
      ['server', null, null],
    ]);
    expect(new Uint8Array(trail[0]?.data ?? [])).toEqual(updates[0]);
  });

  it('appends nothing when writing the trail fails, so the trail never misses an update', async () => {
    const { sqlite } = await openMigrated();
    const log = new SqliteUpdateLog(sqlite);
    sqlite.exec(
      "CREATE TRIGGER refuse_history BEFORE INSERT ON update_history BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const by = { via: 'socket', personId: 'p', personName: 'P.' } as const;
    expect(() => log.append('r', new Uint8Array([0, 0]), by)).toThrow(/disk full/);
    expect(log.load('r')).toEqual([]);
  });
});
