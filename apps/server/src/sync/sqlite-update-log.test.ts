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
});
