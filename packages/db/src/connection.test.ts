import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from './index';

describe('openDatabase', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('creates the file in WAL mode and migrates idempotently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-db-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'schichtbrett.sqlite');
    const first = openDatabase({ file });
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    await migrateToLatest(first.db);
    await first.db
      .insertInto('centers')
      .values({ slug: 'x', name: 'X', time_zone: 'Europe/Berlin', state_code: 'HE' })
      .execute();
    await first.close();

    const second = openDatabase({ file });
    await migrateToLatest(second.db);
    const centers = await second.db.selectFrom('centers').selectAll().execute();
    expect(centers.map((c) => c.slug)).toEqual(['x']);
    await second.close();
  });
});

describe('transactions', () => {
  it('keep the error that ended them when SQLite has already rolled back (as after SQLITE_FULL)', async () => {
    const handle = openDatabase({ file: ':memory:' });
    await migrateToLatest(handle.db);
    const failing = handle.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('centers')
        .values({ slug: 'x', name: 'X', time_zone: 'Europe/Berlin', state_code: 'HE' })
        .execute();
      // What SQLite does itself on a full disk: the transaction is over before Kysely's rollback.
      handle.sqlite.exec('rollback');
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    await expect(failing).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(await handle.db.selectFrom('centers').selectAll().execute()).toEqual([]);
    await handle.close();
  });
});
