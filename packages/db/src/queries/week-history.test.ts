import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { migrateToLatest, openDatabase } from '../index';
import { listUpdateHistory } from './week-history';

describe('the audit trail migration', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('copies what a room already stored as baseline rows, in replay order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-history-'));
    dirs.push(dir);
    const handle = openDatabase({ file: join(dir, 'schichtbrett.sqlite') });
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const before = await migrator.migrateTo('2026-11-26-1300-week-records');
    expect(before.error).toBeUndefined();
    const room = 'week/demo/2026-W48';
    await handle.db
      .insertInto('sync_updates')
      .values([
        { room, data: new Uint8Array([1]), is_snapshot: 1 },
        { room: 'week/demo/2026-W49', data: new Uint8Array([9]), is_snapshot: 0 },
        { room, data: new Uint8Array([2]), is_snapshot: 0 },
      ])
      .execute();

    await migrateToLatest(handle.db);
    const rows = await listUpdateHistory(handle.db, room);
    expect(rows.map((row) => [row.via, row.personId, [...row.data]])).toEqual([
      ['baseline', null, [1]],
      ['baseline', null, [2]],
    ]);
    await handle.close();
  });
});
