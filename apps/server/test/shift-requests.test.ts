/**
 * "Anfragen" over HTTP (issue 6), on a real server with its SQLite file: a planner asks a person to take a
 * gap; the person accepts (put on the shift with the checks of a claim, refused when it filled up
 * meanwhile) or declines; only the addressee answers, and asking twice makes one request.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatRoomName,
  readShift,
  type ShiftInput,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { readEvents, type EventReader } from './support/event-stream';
import type { SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const NEXT_WEEK = addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1);
const [, , NEXT_WEDNESDAY = ''] = datesOfIsoWeek(NEXT_WEEK);
const ROOM = formatRoomName({ kind: 'week', center: 'demo', week: NEXT_WEEK });

let server: SyncTestServer;
let teamLead: SignedIn;
let vera: SignedIn;
let otto: SignedIn;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  teamLead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Tina Teamleitung' });
  vera = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
  otto = await server.signIn({ role: 'volunteer', name: 'Otto Other' });
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

async function givenShift(id: string, fields: Partial<ShiftInput> = {}, assigned: string[] = []): Promise<void> {
  const input: ShiftInput = {
    areaId: 'cafe',
    date: NEXT_WEDNESDAY,
    start: '09:00',
    end: '12:00',
    needed: 1,
    notes: '',
    ...fields,
  };
  const result = await server.registry.changeDocument(ROOM, (doc) => {
    const added = addShift(doc, id, input, serverOrigin);
    if (!added.ok) throw new Error(added.reason);
    for (const personId of assigned) assignPerson(doc, id, personId, Date.now(), serverOrigin);
  });
  if (!result.ok) throw new Error(result.reason);
  await server.setStatus(ROOM, 'published');
  await server.weeksProjected();
}

async function ask(as: SyncEndpoint, shiftId: string, personId: string): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/shifts/${shiftId}/requests`, { personId });
}

async function requestIdOf(response: Response): Promise<string> {
  const body = (await response.json()) as { request: { id: string } };
  return body.request.id;
}

function answer(as: SyncEndpoint, id: string, how: 'accept' | 'decline'): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/shift-requests/${id}/${how}`);
}

async function openRequestsOf(as: SyncEndpoint): Promise<{ id: string; shiftId: string; requestedBy: string }[]> {
  const response = await server.api(as, 'GET', '/api/centers/demo/shift-requests');
  expect(response.status).toBe(200);
  return ((await response.json()) as { requests: { id: string; shiftId: string; requestedBy: string }[] }).requests;
}

async function assignedOn(shiftId: string): Promise<string[]> {
  const read = await server.registry.readDocument(ROOM, (doc) => readShift(doc, shiftId)?.assigned ?? []);
  if (!read.ok) throw new Error(read.reason);
  return read.value;
}

describe('shift requests', () => {
  it('a planner asks, the person sees it and accepts: they are on the shift and the request is closed', async () => {
    await givenShift('cafe-1');
    const asked = await ask(teamLead, 'cafe-1', vera.personId);
    expect(asked.status).toBe(201);
    const id = await requestIdOf(asked);
    expect(await openRequestsOf(vera)).toEqual([
      expect.objectContaining({ id, shiftId: 'cafe-1', requestedBy: 'Tina Teamleitung' }),
    ]);
    expect(await openRequestsOf(otto)).toEqual([]);
    const accepted = await answer(vera, id, 'accept');
    expect(accepted.status).toBe(200);
    expect(await assignedOn('cafe-1')).toEqual([vera.personId]);
    expect(await openRequestsOf(vera)).toEqual([]);
    expect((await answer(vera, id, 'accept')).status).toBe(409);
  });

  it("tells the addressee's open pages at once, and nobody else's", async () => {
    await givenShift('cafe-1');
    const streams = await Promise.all(
      [vera, otto].map(async (who) => {
        const response = await server.api(who, 'GET', '/api/centers/demo/events');
        const reader = readEvents(response);
        await reader.next((event) => event.event === 'ready');
        return reader;
      }),
    );
    const [veras, ottos] = streams as [EventReader, EventReader];
    try {
      expect((await ask(teamLead, 'cafe-1', vera.personId)).status).toBe(201);
      expect(await veras.next((event) => event.event === 'requests-changed')).toEqual({
        event: 'requests-changed',
        data: '{}',
      });
      // Otto's stream hears the next week change, and no request before it.
      await givenShift('cafe-2');
      expect((await ottos.next((event) => event.event !== 'comment')).event).toBe('week-changed');
    } finally {
      await Promise.all(streams.map((reader) => reader.cancel()));
    }
  });

  it('asking twice makes one request', async () => {
    await givenShift('cafe-1');
    const first = await requestIdOf(await ask(server.coordinator, 'cafe-1', vera.personId));
    const again = await ask(teamLead, 'cafe-1', vera.personId);
    expect(again.status).toBe(200);
    expect(await requestIdOf(again)).toBe(first);
    expect(await openRequestsOf(vera)).toHaveLength(1);
  });

  it('accepting is refused when the shift filled up meanwhile; the request stays open to decline', async () => {
    await givenShift('cafe-1');
    const id = await requestIdOf(await ask(teamLead, 'cafe-1', vera.personId));
    expect((await server.api(otto, 'POST', '/api/centers/demo/shifts/cafe-1/claim')).status).toBe(200);
    const refused = await answer(vera, id, 'accept');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'claim-refused', reason: 'full' });
    expect(await assignedOn('cafe-1')).toEqual([otto.personId]);
    expect((await answer(vera, id, 'decline')).status).toBe(200);
    expect(await openRequestsOf(vera)).toEqual([]);
  });

  it('declining closes the request and assigns nobody', async () => {
    await givenShift('cafe-1');
    const id = await requestIdOf(await ask(teamLead, 'cafe-1', vera.personId));
    expect((await answer(vera, id, 'decline')).status).toBe(200);
    expect(await assignedOn('cafe-1')).toEqual([]);
    expect(await openRequestsOf(vera)).toEqual([]);
  });

  it('only the addressee answers', async () => {
    await givenShift('cafe-1');
    const id = await requestIdOf(await ask(teamLead, 'cafe-1', vera.personId));
    expect((await answer(otto, id, 'accept')).status).toBe(403);
    expect((await answer(server.coordinator, id, 'decline')).status).toBe(403);
    expect((await answer(vera, 'gibt-es-nicht', 'accept')).status).toBe(404);
    expect(await assignedOn('cafe-1')).toEqual([]);
  });

  it('refuses volunteers asking, team leads outside their areas, unknown people and shifts', async () => {
    await givenShift('kitchen-1', { areaId: 'kitchen' });
    expect((await ask(vera, 'kitchen-1', otto.personId)).status).toBe(403);
    expect((await ask(teamLead, 'kitchen-1', vera.personId)).status).toBe(403);
    expect((await ask(server.coordinator, 'kitchen-1', 'nobody')).status).toBe(404);
    expect((await ask(server.coordinator, 'gibt-es-nicht', vera.personId)).status).toBe(404);
    expect((await ask(server.coordinator, 'kitchen-1', vera.personId)).status).toBe(201);
  });
});
