/**
 * The Verlauf of a week the demo seed wrote (issue 11, item 9): the seed stores the week's baseline in the
 * audit trail, so a later board edit over a real socket is told in `GET …/weeks/:week/history` with who
 * did it and what, and the seeded plan itself is not told as anyone's change.
 */
import { assignPerson, readShift, updateShift, type WeekHistoryResponse } from '@schichtbrett/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, request } from './support/auth-client';
import { TEST_ORIGIN, startAuthTestServer, type AuthTestServer } from './support/auth-server';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';

/** The seeded current week under the test clock (2026-11-26): published, planned from the template. */
const WEEK = '2026-W48';
const ROOM = `week/demo/${WEEK}`;
/** Wednesday's afternoon café: seeded from the template without regulars. */
const CAFE = 'demo-cafe-nm-3@2026-11-25';
/** Thursday's breakfast. */
const BREAKFAST = 'demo-fruehstueck-4@2026-11-26';

describe('the Verlauf of a seeded week', () => {
  let test: AuthTestServer;
  let coordinator: string;
  let board: ProviderClient;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
    board = connectProvider(
      { serverUrl: `${test.url.replace(/^http/, 'ws')}/sync`, origin: TEST_ORIGIN, cookie: coordinator },
      ROOM,
    );
    await board.synced();
  });
  afterAll(async () => {
    board.destroy();
    await test.close();
  });

  async function history(): Promise<WeekHistoryResponse> {
    const response = await request(test.url, 'GET', `/api/centers/demo/weeks/${WEEK}/history`, { cookie: coordinator });
    expect(response.status).toBe(200);
    return (await response.json()) as WeekHistoryResponse;
  }

  it('tells nothing of the seeded plan itself', async () => {
    expect(readShift(board.doc, CAFE)).toMatchObject({ areaId: 'demo-cafe', assigned: [] });
    expect(await history()).toMatchObject({ week: WEEK, total: 0, events: [] });
  });

  it('tells a board edit on a seeded shift: who put whom on it, and a changed note', async () => {
    expect(assignPerson(board.doc, CAFE, 'demo-petra', Date.now(), 'board')).toEqual({ ok: true });
    expect(updateShift(board.doc, BREAKFAST, { notes: 'Brötchen vom Bäcker holen' }, 'board')).toEqual({ ok: true });
    await waitFor('both edits in the trail', () => {
      const rows = test.database.sqlite
        .prepare("SELECT count(*) AS n FROM update_history WHERE room = ? AND via = 'socket'")
        .get(ROOM) as { n: number };
      return rows.n >= 2;
    });

    const trail = await history();
    const sabine = { personId: 'demo-sabine', name: 'Sabine K.' };
    expect(trail.events).toEqual([
      expect.objectContaining({
        kind: 'shift-changed',
        actor: sabine,
        shift: expect.objectContaining({ id: BREAKFAST, areaId: 'demo-fruehstueck', date: '2026-11-26' }),
        notes: { from: '', to: 'Brötchen vom Bäcker holen' },
      }),
      expect.objectContaining({
        kind: 'person-assigned',
        actor: sabine,
        shift: { id: CAFE, areaId: 'demo-cafe', date: '2026-11-25', start: '14:00', end: '17:30' },
        personId: 'demo-petra',
      }),
    ]);
    // In plain words on the page: "Sabine K. hat Petra E. bei Café/Offener Treff … eingetragen".
    expect(trail.people).toEqual({ 'demo-petra': 'Petra E.' });
    expect(trail.areas).toMatchObject({ 'demo-cafe': 'Café/Offener Treff', 'demo-fruehstueck': 'Frühstück' });
  });
});
