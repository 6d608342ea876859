/**
 * The demo seed writes its weeks straight into the update log; the start projects them, so open shifts and
 * "my shifts" see the seeded weeks from the first request, before anyone has opened a board.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

describe('weeks stored before their projection', () => {
  let running: AuthTestServer | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });

  it('are projected when the server starts', async () => {
    running = await startAuthTestServer();
    const weeks = running.database.sqlite
      .prepare<[], { week: string; status: string }>('SELECT week, status FROM weeks ORDER BY week')
      .all();
    expect(weeks).toEqual([
      { week: '2026-W47', status: 'finalized' },
      { week: '2026-W48', status: 'published' },
      { week: '2026-W49', status: 'draft' },
    ]);
    const shifts = running.database.sqlite
      .prepare<[], { count: number }>(`SELECT count(*) AS count FROM week_shifts WHERE week = '2026-W48'`)
      .get();
    expect(shifts?.count).toBeGreaterThan(30);
  });
});
