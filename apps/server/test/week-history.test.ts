/**
 * The audit trail of a week over HTTP (issue 6), on a real server with real sockets and its SQLite file:
 * two coordinators edit the board, a coordinator publishes, a volunteer claims, and the history names each
 * of them with what they did, newest first; it survives compaction of the update log and is closed to
 * everyone but coordinators.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  readShift,
  type ShiftInput,
  type WeekHistoryResponse,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAreas } from './support/center-fixtures';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const NEXT_WEEK = formatIsoWeek(addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1));
const [, , WEDNESDAY = ''] = datesOfIsoWeek(addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1));
const ROOM = `week/demo/${NEXT_WEEK}`;
const HISTORY = `/api/centers/demo/weeks/${NEXT_WEEK}/history`;
const cafe: ShiftInput = { areaId: 'cafe', date: WEDNESDAY, start: '09:00', end: '12:00', needed: 2, notes: '' };

let server: SyncTestServer;
let carl: SignedIn;
let vera: SignedIn;
let ben: SignedIn;
const clients: ProviderClient[] = [];

beforeEach(async () => {
  server = await startSyncTestServer({ compactAfterRows: 5 });
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  carl = await server.signIn({ role: 'coordinator', name: 'Carl Clausen' });
  vera = await server.signIn({ role: 'volunteer', name: 'Vera Vogel' });
  ben = await server.signIn({ role: 'volunteer', name: 'Ben Mayer' });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

async function board(as: SignedIn): Promise<ProviderClient> {
  const client = connectProvider(as, ROOM);
  clients.push(client);
  await client.synced();
  return client;
}

/** Waits until the server's document holds the shift as `check` wants it. */
async function serverSees(what: string, shiftId: string, check: (assigned: string[]) => boolean): Promise<void> {
  let seen = false;
  await waitFor(what, () => {
    void server.registry
      .readDocument(ROOM, (doc) => readShift(doc, shiftId))
      .then((result) => {
        seen = result.ok && result.value !== null && check(result.value.assigned);
      });
    return seen;
  });
}

async function historyAs(as: SignedIn, query = ''): Promise<Response> {
  return server.api(as, 'GET', `${HISTORY}${query}`);
}

describe('week history API', () => {
  it('names each actor and change, newest first, across compaction', async () => {
    const kora = await board(server.coordinator);
    addShift(kora.doc, 's-cafe', cafe, 'board');
    await serverSees('Kora’s shift', 's-cafe', () => true);
    const carlsBoard = await board(carl);
    addShift(carlsBoard.doc, 's-kitchen', { ...cafe, areaId: 'kitchen', start: '12:00', end: '14:00' }, 'board');
    assignPerson(carlsBoard.doc, 's-kitchen', ben.personId, Date.now(), 'board');
    await serverSees('Carl’s assignment', 's-kitchen', (assigned) => assigned.includes(ben.personId));
    expect((await server.api(server.coordinator, 'POST', `/api/centers/demo/weeks/${NEXT_WEEK}/publish`)).status).toBe(
      200,
    );
    expect((await server.api(vera, 'POST', '/api/centers/demo/shifts/s-cafe/claim')).status).toBe(200);

    const response = await historyAs(server.coordinator);
    expect(response.status).toBe(200);
    const history = (await response.json()) as WeekHistoryResponse;
    const told = history.events.map((event) => [event.kind, event.actor?.name ?? null]);
    expect(told).toEqual([
      ['person-assigned', 'Vera V.'],
      ['week-published', 'Kora K.'],
      ['person-assigned', 'Carl C.'],
      ['shift-created', 'Carl C.'],
      ['shift-created', 'Kora K.'],
    ]);
    expect(history.events[0]).toMatchObject({
      personId: vera.personId,
      shift: { id: 's-cafe', areaId: 'cafe', date: WEDNESDAY, start: '09:00', end: '12:00' },
    });
    expect(history.events[2]).toMatchObject({ personId: ben.personId, shift: { id: 's-kitchen' } });
    expect(history.people).toEqual({ [vera.personId]: 'Vera V.', [ben.personId]: 'Ben M.' });
    expect(history.areas).toMatchObject({ cafe: 'cafe', kitchen: 'kitchen' });
    expect(history.total).toBe(5);
    // Every event is stamped by the server's database, newest first.
    const times = history.events.map((event) => Date.parse(event.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // The update log was compacted on the way (every 5 rows); the trail was not.
    const logRows = server.log.load(ROOM);
    expect(logRows[0]?.isSnapshot).toBe(true);

    const page = (await (await historyAs(server.coordinator, '?limit=2&offset=1')).json()) as WeekHistoryResponse;
    expect(page.events.map((event) => event.kind)).toEqual(['week-published', 'person-assigned']);
    expect(page.total).toBe(5);
  });

  it('is for coordinators only', async () => {
    const teamLead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Tara Teamleitung' });
    expect((await historyAs(teamLead)).status).toBe(403);
    expect((await historyAs(vera)).status).toBe(403);
    expect((await historyAs(carl)).status).toBe(200);
    expect((await server.api(carl, 'GET', '/api/centers/demo/weeks/2026-W54/history')).status).toBe(404);
    expect((await historyAs(carl, '?limit=0')).status).toBe(400);
  });
});
