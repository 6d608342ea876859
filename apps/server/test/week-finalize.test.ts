/**
 * Finalizing a week (issue 6) on a real server with its SQLite file and real sockets: the record equals
 * the document at finalize (shifts, people, no-shows, stand-ins, real times), the room is read-only on the
 * socket for everyone until a coordinator reopens it with a reason, finalizing again replaces the record,
 * and claims and coordinator commands on a finalized week answer 409 `finalized`.
 */
import {
  addIsoWeeks,
  addShift,
  addStandIn,
  assignPerson,
  closeCodes,
  closeDay,
  confirmPresent,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  markNoShow,
  readWeek,
  setActualTimes,
  type ShiftInput,
  updateShift,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldUpdates, serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const WEEK = '2026-W40';
const ROOM = `week/demo/${WEEK}`;
const BASE = `/api/centers/demo/weeks/${WEEK}`;
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-09-28', start: '09:00', end: '12:00', needed: 2, notes: '' };

let server: SyncTestServer;
let anna: SignedIn;
let ben: SignedIn;
let carla: SignedIn;
const clients: ProviderClient[] = [];

function connect(endpoint: SignedIn | SyncTestServer): ProviderClient {
  const client = connectProvider(endpoint, ROOM);
  clients.push(client);
  return client;
}

function storedRows(): number {
  return server.log.load(ROOM).length;
}

function storedState(): Uint8Array {
  return foldUpdates(server.log.load(ROOM).map((row) => row.data));
}

/** Waits until the server's document holds `count` attendance marks (client updates arrive async). */
async function waitForMarks(count: number): Promise<void> {
  let marks = 0;
  const deadline = Date.now() + 5000;
  while (marks !== count && Date.now() < deadline) {
    const read = await server.registry.readDocument(ROOM, (doc) =>
      readWeek(doc).shifts.reduce((sum, shift) => sum + (shift.attendance?.length ?? 0), 0),
    );
    marks = read.ok ? read.value : -1;
    if (marks !== count) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(marks).toBe(count);
}

const finalize = (as: SignedIn | SyncTestServer = server) => server.api(as, 'POST', `${BASE}/finalize`, {});
const reopen = (body: unknown, as: SignedIn | SyncTestServer = server) =>
  server.api(as, 'POST', `${BASE}/reopen`, body);

async function record() {
  const db = server.database.db;
  return {
    weeks: await db.selectFrom('week_records').selectAll().execute(),
    shifts: await db.selectFrom('record_shifts').selectAll().orderBy('id').execute(),
    attendance: await db
      .selectFrom('record_attendance')
      .select(['shift_id', 'person_id', 'person_name', 'status', 'actual_start', 'actual_end'])
      .orderBy('shift_id')
      .orderBy('person_name')
      .execute(),
  };
}

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe']);
  anna = await server.signIn({ role: 'volunteer', name: 'Anna Keller' });
  ben = await server.signIn({ role: 'volunteer', name: 'Ben Meier' });
  carla = await server.signIn({ role: 'volunteer', name: 'Carla Nowak' });
  const setUp = await server.registry.changeDocument(ROOM, (doc) => {
    const added = [
      addShift(doc, 'cafe-mo', cafe, serverOrigin),
      addShift(doc, 'cafe-di', { ...cafe, date: '2026-09-29', start: '14:00', end: '17:00' }, serverOrigin),
      addShift(doc, 'cafe-mi', { ...cafe, date: '2026-09-30' }, serverOrigin),
    ];
    if (added.some((result) => !result.ok)) throw new Error('setting up the week failed');
    assignPerson(doc, 'cafe-mo', anna.personId, 1, serverOrigin);
    assignPerson(doc, 'cafe-mo', ben.personId, 2, serverOrigin);
    assignPerson(doc, 'cafe-di', ben.personId, 3, serverOrigin);
    assignPerson(doc, 'cafe-mi', anna.personId, 4, serverOrigin);
    closeDay(doc, '2026-09-30', 'Betriebsausflug', serverOrigin);
  });
  expect(setUp.ok).toBe(true);
  await server.setStatus(ROOM, 'published');
  await server.weeksProjected();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('POST …/finalize', () => {
  it('writes the record as the document is: shifts, people, no-shows, stand-ins, real times', async () => {
    // Attendance is marked on the socket by a coordinator, as the board does.
    const board = connect(server);
    await board.synced();
    markNoShow(board.doc, 'cafe-mo', anna.personId, 'coordinator');
    addStandIn(board.doc, 'cafe-mo', carla.personId, 'coordinator');
    setActualTimes(board.doc, 'cafe-mo', carla.personId, { start: '09:30', end: null }, 'coordinator');
    setActualTimes(board.doc, 'cafe-di', ben.personId, { start: null, end: '16:00' }, 'coordinator');
    await waitForMarks(3);

    const response = await finalize();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'finalized', shifts: 3, attendance: 4 });

    const { weeks, shifts, attendance } = await record();
    expect(weeks).toEqual([expect.objectContaining({ week: WEEK, finalized_by: server.coordinator.personId })]);
    expect(shifts.map((s) => [s.id, s.area_name, s.date, s.start_time, s.end_time, s.needed, s.cancelled])).toEqual([
      ['cafe-di', 'cafe', '2026-09-29', '14:00', '17:00', 2, null],
      ['cafe-mi', 'cafe', '2026-09-30', '09:00', '12:00', 2, 'Betriebsausflug'],
      ['cafe-mo', 'cafe', '2026-09-28', '09:00', '12:00', 2, null],
    ]);
    expect(attendance).toEqual([
      {
        shift_id: 'cafe-di',
        person_id: ben.personId,
        person_name: 'Ben Meier',
        status: 'present',
        actual_start: null,
        actual_end: '16:00',
      },
      {
        shift_id: 'cafe-mo',
        person_id: anna.personId,
        person_name: 'Anna Keller',
        status: 'no-show',
        actual_start: null,
        actual_end: null,
      },
      {
        shift_id: 'cafe-mo',
        person_id: ben.personId,
        person_name: 'Ben Meier',
        status: 'present',
        actual_start: null,
        actual_end: null,
      },
      {
        shift_id: 'cafe-mo',
        person_id: carla.personId,
        person_name: 'Carla Nowak',
        status: 'stand-in',
        actual_start: '09:30',
        actual_end: null,
      },
    ]);

    await waitFor('the board sees the week finalized', () => readWeek(board.doc).meta?.status === 'finalized');
    expect(readWeek(board.doc).meta?.finalized?.by).toBeTruthy();
    await server.weeksProjected();
    const projected = await server.database.db
      .selectFrom('weeks')
      .select('status')
      .where('week', '=', WEEK)
      .executeTakeFirstOrThrow();
    expect(projected.status).toBe('finalized');
  });

  it('makes the room read-only on the socket, for a coordinator too, until it is reopened', async () => {
    expect((await finalize()).status).toBe(200);
    const board = connect(server);
    await board.synced();
    const before = storedState();

    updateShift(board.doc, 'cafe-mo', { notes: 'zu spät' }, 'coordinator');
    await waitFor('the coordinator is refused', () => board.closes.length > 0);
    expect(board.closes).toEqual([{ code: closeCodes['update-refused'], reason: 'update-refused' }]);
    expect(storedState()).toEqual(before);
    expect(server.logs.find('refused frame')).toMatchObject([{ room: ROOM, reason: 'update-refused' }]);

    const reopened = await reopen({ reason: 'Stunden von Ben fehlten' });
    expect(reopened.status).toBe(200);
    const reopenings = await server.database.db.selectFrom('week_reopenings').selectAll().execute();
    expect(reopenings).toEqual([
      expect.objectContaining({
        week: WEEK,
        reopened_by: server.coordinator.personId,
        reason: 'Stunden von Ben fehlten',
      }),
    ]);
    // Reopened, the week is no longer the record.
    expect((await record()).weeks).toEqual([]);

    const again = connect(server);
    await again.synced();
    expect(readWeek(again.doc).meta?.status).toBe('published');
    const rows = storedRows();
    updateShift(again.doc, 'cafe-mo', { notes: 'nachgetragen' }, 'coordinator');
    await waitFor('the edit is stored', () => storedRows() === rows + 1);
    expect(again.closes).toEqual([]);
  });

  it('records someone away that day as not come, unless a coordinator confirmed they came', async () => {
    // Ben is on holiday on Tuesday; Anna too on Monday, but she came after all.
    await server.database.db
      .insertInto('absences')
      .values([
        { id: 'ben-away', person_id: ben.personId, from_date: '2026-09-29', to_date: '2026-10-02', reason: 'Urlaub' },
        { id: 'anna-away', person_id: anna.personId, from_date: '2026-09-28', to_date: '2026-09-28', reason: null },
      ])
      .execute();
    const confirmed = await server.registry.changeDocument(ROOM, (doc) =>
      confirmPresent(doc, 'cafe-mo', anna.personId, serverOrigin),
    );
    expect(confirmed.ok && confirmed.value.ok).toBe(true);
    expect((await finalize()).status).toBe(200);
    const { attendance } = await record();
    expect(attendance.map((row) => [row.shift_id, row.person_name, row.status])).toEqual([
      ['cafe-di', 'Ben Meier', 'no-show'],
      ['cafe-mo', 'Anna Keller', 'present'],
      ['cafe-mo', 'Ben Meier', 'present'],
    ]);
  });

  it('replaces the record when the week is finalized again', async () => {
    expect((await finalize()).status).toBe(200);
    expect((await reopen({ reason: 'Carla war auch da' })).status).toBe(200);
    const board = connect(server);
    await board.synced();
    addStandIn(board.doc, 'cafe-di', carla.personId, 'coordinator');
    await waitForMarks(1);

    expect((await finalize()).status).toBe(200);
    const { weeks, attendance } = await record();
    expect(weeks).toHaveLength(1);
    expect(attendance.filter((row) => row.shift_id === 'cafe-di').map((row) => row.person_name)).toEqual([
      'Ben Meier',
      'Carla Nowak',
    ]);
    expect(attendance).toHaveLength(4);
  });

  it('refuses finalizing twice, a draft, and reopening a week that is not finalized', async () => {
    expect((await reopen({ reason: 'egal' })).status).toBe(409);
    expect((await finalize()).status).toBe(200);
    const twice = await finalize();
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: 'finalized' });
    const draft = await server.api(server, 'POST', '/api/centers/demo/weeks/2026-W41/finalize', {});
    expect(draft.status).toBe(409);
    expect(await draft.json()).toMatchObject({ error: 'not-published' });
  });

  it('asks for a reason to reopen', async () => {
    expect((await finalize()).status).toBe(200);
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const response = await reopen(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid-input' });
    }
    expect(await server.database.db.selectFrom('week_reopenings').selectAll().execute()).toEqual([]);
  });

  it('is for coordinators only', async () => {
    const lead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' });
    expect((await finalize(lead)).status).toBe(403);
    expect((await finalize(anna)).status).toBe(403);
    expect((await finalize()).status).toBe(200);
    expect((await reopen({ reason: 'Versehen' }, lead)).status).toBe(403);
  });
});

describe('a finalized week refuses commands', () => {
  it('answers a claim, publishing and closing a day with 409 finalized', async () => {
    expect((await finalize()).status).toBe(200);
    const claim = await server.api(carla, 'POST', '/api/centers/demo/shifts/cafe-mo/claim');
    expect(claim.status).toBe(409);
    expect(await claim.json()).toMatchObject({ reason: 'finalized' });
    for (const [path, body] of [
      ['/unpublish', undefined],
      ['/publish', undefined],
      ['/days/2026-09-28/close', { reason: 'Sturm' }],
      ['/plan', { source: 'template' }],
    ] as const) {
      const response = await server.api(server, 'POST', `${BASE}${path}`, body);
      expect(response.status, path).toBe(409);
      expect(await response.json()).toMatchObject({ error: 'finalized' });
    }
  });
});

describe('a finalized week in "Meine Schichten"', () => {
  it("still lists the person's shift, no longer to give back or hand on", async () => {
    const next = addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 2);
    const week = formatIsoWeek(next);
    const room = `week/demo/${week}`;
    const setUp = await server.registry.changeDocument(room, (doc) => {
      addShift(doc, 'cafe-next', { ...cafe, date: datesOfIsoWeek(next)[1] ?? '' }, serverOrigin);
      assignPerson(doc, 'cafe-next', anna.personId, 1, serverOrigin);
    });
    expect(setUp.ok).toBe(true);
    await server.setStatus(room, 'published');
    expect((await server.api(server, 'POST', `/api/centers/demo/weeks/${week}/finalize`, {})).status).toBe(200);
    await server.weeksProjected();
    const response = await server.api(anna, 'GET', '/api/centers/demo/my-shifts');
    const { shifts } = (await response.json()) as { shifts: { shiftId: string; mayGiveBack: boolean }[] };
    expect(shifts).toEqual([
      expect.objectContaining({ shiftId: 'cafe-next', mayGiveBack: false, mayAskStandIn: false }),
    ]);
  });
});
