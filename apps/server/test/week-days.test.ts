/**
 * Closing and reopening a day (issue 4): the day's shifts are called off with their people kept, the
 * notifier hears who is affected, every open board shows it at once, and reopening restores the day.
 */
import { addShift, assignPerson, readWeek, type ShiftInput } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const WEEK = '2026-W48';
const ROOM = `week/demo/${WEEK}`;
const TUESDAY = '2026-11-24';

let server: SyncTestServer;
let board: ProviderClient;

function day(date: string, what: 'close' | 'reopen', body?: unknown, as = server.coordinator): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/weeks/${WEEK}/days/${date}/${what}`, body);
}

beforeEach(async () => {
  server = await startSyncTestServer();
  board = connectProvider(server.coordinator, ROOM);
  await board.synced();
  const shift = (date: string): ShiftInput => ({
    areaId: 'cafe',
    date,
    start: '09:00',
    end: '12:00',
    needed: 2,
    notes: '',
  });
  addShift(board.doc, 'tue-1', shift(TUESDAY), 'kora');
  addShift(board.doc, 'tue-2', shift(TUESDAY), 'kora');
  addShift(board.doc, 'wed-1', shift('2026-11-25'), 'kora');
  for (const [shiftId, personId] of [
    ['tue-1', 'p-anna'],
    ['tue-1', 'p-ben'],
    ['tue-2', 'p-ben'],
    ['tue-2', 'p-clara'],
    ['wed-1', 'p-dieter'],
  ] as const) {
    assignPerson(board.doc, shiftId, personId, 1, 'kora');
  }
  await waitFor('the shifts are on the server', () => server.log.load(ROOM).length >= 9);
});

afterEach(async () => {
  board.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('closing and reopening a day', () => {
  it('calls the day off, tells the notifier whom it concerns, and reopens it', async () => {
    const closed = await day(TUESDAY, 'close', { reason: '  Betriebsausflug ' });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toEqual({
      date: TUESDAY,
      reason: 'Betriebsausflug',
      cancelledShiftIds: ['tue-1', 'tue-2'],
      affectedPersonIds: ['p-anna', 'p-ben', 'p-clara'],
    });
    expect(server.notices).toEqual([
      {
        center: 'demo',
        week: WEEK,
        date: TUESDAY,
        reason: 'Betriebsausflug',
        personIds: ['p-anna', 'p-ben', 'p-clara'],
      },
    ]);
    await waitFor(
      'the board shows the closed day',
      () => readWeek(board.doc).meta?.closedDays[TUESDAY] === 'Betriebsausflug',
    );
    const cancelled = () => readWeek(board.doc).shifts.map((s) => [s.id, s.cancelled ?? null, s.assigned.length]);
    expect(cancelled()).toEqual([
      ['tue-1', 'Betriebsausflug', 2],
      ['tue-2', 'Betriebsausflug', 2],
      ['wed-1', null, 1],
    ]);

    const reopened = await day(TUESDAY, 'reopen');
    expect(await reopened.json()).toEqual({ date: TUESDAY, closedDays: {} });
    await waitFor('the board shows the day open again', () => readWeek(board.doc).shifts.every((s) => !s.cancelled));
    expect(readWeek(board.doc).meta?.closedDays).toEqual({});
    expect(server.notices).toHaveLength(1);
  });

  it('calls off shifts that planning puts onto a closed day', async () => {
    const next = '/api/centers/demo/weeks/2026-W49';
    expect(
      (await server.api(server.coordinator, 'POST', `${next}/days/2026-12-01/close`, { reason: 'Streik' })).status,
    ).toBe(200);
    const planned = await server.api(server.coordinator, 'POST', `${next}/plan`, {
      source: 'previous-week',
      withPeople: true,
    });
    expect(await planned.json()).toMatchObject({ added: 3 });
    const week = await server.registry.readDocument('week/demo/2026-W49', (doc) => readWeek(doc).shifts);
    expect(week.ok && week.value.map((s) => [s.date, s.cancelled ?? null])).toEqual([
      ['2026-12-01', 'Streik'],
      ['2026-12-01', 'Streik'],
      ['2026-12-02', null],
    ]);
  });

  it.each([
    ['no reason', {}],
    ['an empty reason', { reason: '   ' }],
    ['a reason over 200 characters', { reason: 'x'.repeat(201) }],
  ])('refuses %s with 400 and changes nothing', async (_what, body) => {
    const rows = server.log.load(ROOM).length;
    const response = await day(TUESDAY, 'close', body);
    expect(response.status).toBe(400);
    expect(server.log.load(ROOM)).toHaveLength(rows);
    expect(server.notices).toEqual([]);
  });

  it('refuses a date outside the week with 422, and others than coordinators with 403', async () => {
    expect((await day('2026-12-01', 'close', { reason: 'Streik' })).status).toBe(422);
    expect((await day('2026-11-22', 'reopen')).status).toBe(422);
    expect((await day('gestern', 'reopen')).status).toBe(422);
    const lead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'] });
    expect((await day(TUESDAY, 'close', { reason: 'Streik' }, lead)).status).toBe(403);
    expect(server.notices).toEqual([]);
  });
});
