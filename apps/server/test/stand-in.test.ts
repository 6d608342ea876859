/**
 * "Vertretung suchen" over HTTP (issue 5), on a real server with its SQLite file and a coordinator's live
 * board: asking only after the cut-off, the asker staying on the shift, a qualified other taking over in
 * one step (document and SQL agree), a race of two takers, withdrawing, and refusals.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  readShift,
  type Shift,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { connectProvider, waitFor, type ProviderClient, type SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const TIME_ZONE = 'Europe/Berlin';
const NEXT_WEEK = addIsoWeeks(currentIsoWeek(new Date(), TIME_ZONE), 1);
const ROOM = `week/demo/${formatIsoWeek(NEXT_WEEK)}`;
/** Wednesday next week: more than 48 h ahead, so inside the cut-off only when the center widens it. */
const WEDNESDAY = datesOfIsoWeek(NEXT_WEEK)[2] ?? '';

let server: SyncTestServer;
let anna: SignedIn;
let bert: SignedIn;
let board: ProviderClient;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe']);
  anna = await server.signIn({ role: 'volunteer', name: 'Anna Keller' });
  bert = await server.signIn({ role: 'volunteer', name: 'Bert Brandt' });
  const setUp = await server.registry.changeDocument(ROOM, (doc) => {
    addShift(
      doc,
      'cafe-1',
      { areaId: 'cafe', date: WEDNESDAY, start: '09:00', end: '12:00', needed: 1, notes: '' },
      serverOrigin,
    );
    assignPerson(doc, 'cafe-1', anna.personId, Date.now() - 60_000, serverOrigin);
  });
  expect(setUp.ok).toBe(true);
  await server.setStatus(ROOM, 'published');
  await server.weeksProjected();
  board = connectProvider(server.coordinator, ROOM);
  await board.synced();
});

afterEach(async () => {
  board.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

/** Widens the center's cut-off to 30 days, so next Wednesday's shift can no longer be given back. */
async function insideCutOff(): Promise<void> {
  await server.database.db
    .updateTable('centers')
    .set({ claim_cutoff_hours: 30 * 24 })
    .where('slug', '=', 'demo')
    .execute();
}

const path = (suffix = '') => `/api/centers/demo/shifts/cafe-1/stand-in${suffix}`;
const ask = (as: SyncEndpoint) => server.api(as, 'POST', path());
const withdraw = (as: SyncEndpoint) => server.api(as, 'DELETE', path());
const takeOver = (as: SyncEndpoint) => server.api(as, 'POST', path('/take-over'));

async function inDocument(): Promise<Shift | null> {
  const result = await server.registry.readDocument(ROOM, (doc) => readShift(doc, 'cafe-1'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

async function inSql(): Promise<{ person_id: string; stand_in_since: number | null }[]> {
  await server.weeksProjected();
  return server.database.db
    .selectFrom('shift_assignments')
    .select(['person_id', 'stand_in_since'])
    .where('shift_id', '=', 'cafe-1')
    .execute();
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

interface OpenItem {
  shiftId: string;
  openPlaces: number;
  standInFor: string | null;
}
interface MineItem {
  shiftId: string;
  mayGiveBack: boolean;
  mayAskStandIn: boolean;
  seekingStandInSince: string | null;
}

const openShiftsOf = async (as: SyncEndpoint) =>
  (await json<{ shifts: OpenItem[] }>(await server.api(as, 'GET', '/api/centers/demo/open-shifts'))).shifts;
const myShiftsOf = async (as: SyncEndpoint) =>
  (await json<{ shifts: MineItem[] }>(await server.api(as, 'GET', '/api/centers/demo/my-shifts'))).shifts;

describe('asking for a stand-in', () => {
  it('is refused before the cut-off: the place can be given back instead', async () => {
    expect((await myShiftsOf(anna))[0]).toMatchObject({ mayGiveBack: true, mayAskStandIn: false });
    const response = await ask(anna);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'stand-in-refused', reason: 'before-cut-off' });
    expect(await inDocument()).not.toHaveProperty('standIn');
  });

  it('after the cut-off records the request; the asker stays on the shift, the board sees it live', async () => {
    await insideCutOff();
    expect((await myShiftsOf(anna))[0]).toMatchObject({ mayGiveBack: false, mayAskStandIn: true });
    const response = await ask(anna);
    expect(response.status).toBe(200);
    const body = await json<{ standIn: { personId: string; since: string } }>(response);
    expect(body.standIn.personId).toBe(anna.personId);

    expect(await inDocument()).toMatchObject({ assigned: [anna.personId], standIn: [{ personId: anna.personId }] });
    expect(await inSql()).toEqual([{ person_id: anna.personId, stand_in_since: Date.parse(body.standIn.since) }]);
    await waitFor('the board shows the request', () => readShift(board.doc, 'cafe-1')?.standIn?.length === 1);
    expect((await myShiftsOf(anna))[0]).toMatchObject({
      mayAskStandIn: false,
      seekingStandInSince: body.standIn.since,
    });
    // Asking again (a retried request) changes nothing and answers the same.
    expect(await json(await ask(anna))).toEqual(body);
  });

  it('is refused for someone not on the shift', async () => {
    await insideCutOff();
    expect(await json(await ask(bert))).toMatchObject({ reason: 'not-assigned' });
  });
});

describe('taking over', () => {
  it('swaps the asker for the taker in one step: document, SQL, lists, board and notice agree', async () => {
    await insideCutOff();
    expect((await openShiftsOf(bert)).filter((item) => item.shiftId === 'cafe-1')).toEqual([]);
    await ask(anna);
    expect(await openShiftsOf(bert)).toMatchObject([{ shiftId: 'cafe-1', openPlaces: 1, standInFor: 'Anna K.' }]);
    // Nobody is offered their own request.
    expect(await openShiftsOf(anna)).toEqual([]);

    const response = await takeOver(bert);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ assignment: { shiftId: 'cafe-1', personId: bert.personId } });

    const shift = await inDocument();
    expect(shift?.assigned).toEqual([bert.personId]);
    expect(shift).not.toHaveProperty('standIn');
    expect(await inSql()).toEqual([{ person_id: bert.personId, stand_in_since: null }]);
    await waitFor('the board shows the stand-in', () => {
      const onBoard = readShift(board.doc, 'cafe-1');
      return onBoard?.assigned.join() === bert.personId && onBoard.standIn === undefined;
    });
    expect(await myShiftsOf(anna)).toEqual([]);
    expect((await myShiftsOf(bert)).map((item) => item.shiftId)).toEqual(['cafe-1']);
    expect(await openShiftsOf(bert)).toEqual([]);
    expect(server.standInNotices).toEqual([
      expect.objectContaining({ shiftId: 'cafe-1', askerId: anna.personId, takerId: bert.personId }),
    ]);
  });

  it('of two takers at once, exactly one gets the place; the other hears why', async () => {
    await insideCutOff();
    const carla = await server.signIn({ role: 'volunteer', name: 'Carla Conrad' });
    await ask(anna);
    const responses = await Promise.all([takeOver(bert), takeOver(carla)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409);
    expect(await loser?.json()).toMatchObject({ error: 'take-over-refused', reason: 'no-request' });
    const assigned = (await inDocument())?.assigned ?? [];
    expect(assigned).toHaveLength(1);
    expect([bert.personId, carla.personId]).toContain(assigned[0]);
    expect((await inSql()).map((row) => row.person_id)).toEqual(assigned);
    expect(server.standInNotices).toHaveLength(1);
  });

  it('is refused without the Nachweis the area requires, and not offered', async () => {
    await insideCutOff();
    await server.database.db.insertInto('area_requirements').values({ area_id: 'cafe', kind: 'hygiene' }).execute();
    await ask(anna);
    expect(await openShiftsOf(bert)).toEqual([]);
    const response = await takeOver(bert);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'take-over-refused', reason: 'not-qualified' });
    expect((await inDocument())?.assigned).toEqual([anna.personId]);
  });

  it('is refused when nobody looks for a stand-in', async () => {
    expect(await json(await takeOver(bert))).toMatchObject({ reason: 'no-request' });
  });
});

describe('ending the search', () => {
  it('clears the request; the person stays on the shift and the place is no longer offered', async () => {
    await insideCutOff();
    await ask(anna);
    await waitFor('the board shows the request', () => readShift(board.doc, 'cafe-1')?.standIn !== undefined);
    const response = await withdraw(anna);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ standIn: { personId: anna.personId, since: null } });
    expect(await inDocument()).toMatchObject({ assigned: [anna.personId] });
    expect(await inDocument()).not.toHaveProperty('standIn');
    expect(await inSql()).toEqual([{ person_id: anna.personId, stand_in_since: null }]);
    await waitFor('the board no longer shows it', () => readShift(board.doc, 'cafe-1')?.standIn === undefined);
    expect(await openShiftsOf(bert)).toEqual([]);
    expect(await json(await takeOver(bert))).toMatchObject({ reason: 'no-request' });
    expect(await json(await withdraw(bert))).toMatchObject({ reason: 'not-assigned' });
  });
});
