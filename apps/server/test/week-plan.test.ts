/**
 * Planning a week over HTTP (issue 4): from the template, skipping the public holidays of the center's
 * state with its regulars excused, and as a copy of the previous week, with or without its people. The
 * plan lands in the week's room (stored, broadcast); planning again adds nothing and writes nothing.
 */
import { readWeek, type TemplateShift } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAreas, addTemplateShifts } from './support/center-fixtures';
import { connectProvider, waitFor } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

/** Easter Monday 2026 (April 6) is a public holiday in Hessen, the test center's state. */
const EASTER_WEEK = '2026-W15';

const TEMPLATE: TemplateShift[] = [
  {
    id: 'cafe-mo',
    areaId: 'cafe',
    weekday: 1,
    start: '09:00',
    end: '12:00',
    needed: 2,
    notes: '',
    regularIds: ['anna'],
  },
  {
    id: 'cafe-di',
    areaId: 'cafe',
    weekday: 2,
    start: '09:00',
    end: '12:00',
    needed: 2,
    notes: 'Kuchen',
    regularIds: ['ben'],
  },
  {
    id: 'kueche-mi',
    areaId: 'kitchen',
    weekday: 3,
    start: '11:00',
    end: '14:00',
    needed: 1,
    notes: '',
    regularIds: [],
  },
];

let server: SyncTestServer;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  await addTemplateShifts(server.database.db, 'demo', TEMPLATE);
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

function plan(week: string, body: unknown, as = server.coordinator): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/weeks/${week}/plan`, body);
}

/** The week's stored state: its rows and the document they make. */
function stored(week: string): { rows: number; state: Uint8Array; doc: Y.Doc } {
  const rows = server.log.load(`week/demo/${week}`);
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return { rows: rows.length, state: Y.encodeStateAsUpdate(doc), doc };
}

describe('POST /api/centers/:center/weeks/:week/plan', () => {
  it('plans from the template, skips the holiday and excuses its regulars; again, it changes nothing', async () => {
    const response = await plan(EASTER_WEEK, { source: 'template' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { added: number; skipped: unknown[]; holidays: Record<string, string> };
    expect(body.added).toBe(2);
    expect(body.skipped).toEqual([
      { id: 'cafe-mo@2026-04-06', date: '2026-04-06', holiday: 'Ostermontag', excusedPersonIds: ['anna'] },
    ]);
    expect(body.holidays).toMatchObject({ '2026-04-06': 'Ostermontag' });

    const first = stored(EASTER_WEEK);
    const week = readWeek(first.doc);
    expect(week.meta).toMatchObject({ status: 'draft', holidays: { '2026-04-06': 'Ostermontag' } });
    expect(week.shifts.map((s) => [s.id, s.assigned])).toEqual([
      ['cafe-di@2026-04-07', ['ben']],
      ['kueche-mi@2026-04-08', []],
    ]);

    const again = await plan(EASTER_WEEK, { source: 'template' });
    expect(await again.json()).toMatchObject({ added: 0, skipped: body.skipped });
    const second = stored(EASTER_WEEK);
    expect(second.rows).toBe(first.rows);
    expect(Buffer.from(second.state).equals(Buffer.from(first.state))).toBe(true);
  });

  it('copies the previous week with its people, idempotently; without people the copy is empty', async () => {
    await plan('2026-W47', { source: 'template' });
    const withPeople = await plan('2026-W48', { source: 'previous-week', withPeople: true });
    expect(await withPeople.json()).toEqual({ added: 3, skipped: [], notOpen: [], holidays: {} });
    const copied = stored('2026-W48');
    expect(readWeek(copied.doc).shifts.map((s) => [s.id, s.date, s.notes, s.assigned])).toEqual([
      ['cafe-mo@2026-11-23', '2026-11-23', '', ['anna']],
      ['cafe-di@2026-11-24', '2026-11-24', 'Kuchen', ['ben']],
      ['kueche-mi@2026-11-25', '2026-11-25', '', []],
    ]);

    for (const withPeopleAgain of [true, false]) {
      const again = await plan('2026-W48', { source: 'previous-week', withPeople: withPeopleAgain });
      expect(await again.json()).toMatchObject({ added: 0 });
      const after = stored('2026-W48');
      expect(after.rows).toBe(copied.rows);
      expect(Buffer.from(after.state).equals(Buffer.from(copied.state))).toBe(true);
    }

    const withoutPeople = await plan('2026-W49', { source: 'previous-week', withPeople: false });
    expect(await withoutPeople.json()).toMatchObject({ added: 3 });
    expect(readWeek(stored('2026-W49').doc).shifts.map((s) => s.assigned)).toEqual([[], [], []]);
    const repeated = stored('2026-W49');
    await plan('2026-W49', { source: 'previous-week', withPeople: false });
    expect(Buffer.from(stored('2026-W49').state).equals(Buffer.from(repeated.state))).toBe(true);
  });

  it('leaves the previous week’s called-off shifts and this week’s holidays out of a copy', async () => {
    await plan('2026-W14', { source: 'template' });
    await server.api(server.coordinator, 'POST', '/api/centers/demo/weeks/2026-W14/days/2026-03-31/close', {
      reason: 'Wasserschaden',
    });
    const response = await plan(EASTER_WEEK, { source: 'previous-week', withPeople: true });
    expect(await response.json()).toMatchObject({
      added: 1,
      skipped: [{ id: 'cafe-mo@2026-04-06', holiday: 'Ostermontag', excusedPersonIds: ['anna'] }],
    });
    expect(readWeek(stored(EASTER_WEEK).doc).shifts.map((s) => s.id)).toEqual(['kueche-mi@2026-04-08']);
  });

  it('reaches an open board at once', async () => {
    const board = connectProvider(server.coordinator, 'week/demo/2026-W48');
    try {
      await board.synced();
      await plan('2026-W48', { source: 'template' });
      await waitFor('the board shows the plan', () => readWeek(board.doc).shifts.length === 3);
    } finally {
      board.destroy();
    }
  });

  it.each([
    ['no body', undefined],
    ['an unknown source', { source: 'gestern' }],
    ['a copy without withPeople', { source: 'previous-week' }],
    ['withPeople as text', { source: 'previous-week', withPeople: 'ja' }],
  ])('refuses %s with 400 and changes nothing', async (_what, body) => {
    const response = await plan('2026-W48', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-input' });
    expect(server.log.load('week/demo/2026-W48')).toEqual([]);
  });

  it('answers 404 for a week that does not exist, 403 to team leads and volunteers, 401 signed out', async () => {
    expect((await plan('2026-W54', { source: 'template' })).status).toBe(404);
    const lead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'] });
    const volunteer = await server.signIn({ role: 'volunteer' });
    expect((await plan('2026-W48', { source: 'template' }, lead)).status).toBe(403);
    expect((await plan('2026-W48', { source: 'template' }, volunteer)).status).toBe(403);
    expect((await plan('2026-W48', { source: 'template' }, { ...server.coordinator, cookie: '' })).status).toBe(401);
    expect(server.log.load('week/demo/2026-W48')).toEqual([]);
  });
});
