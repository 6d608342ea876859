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
