/**
 * The live events of a center over a real HTTP server (issue 5, ADR 14): a member's stream names the week
 * that changed only once its rows are committed (a list fetched on the event already shows the change),
 * says nothing about other centers, and ends, without leaving a listener behind, when the session ends,
 * when access changes, or when the client goes away.
 */
import {
  addIsoWeeks,
  addShift,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  type ShiftInput,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { readEvents, type EventReader } from './support/event-stream';
import type { SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const NEXT_WEEK = addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1);
const WEEK = formatIsoWeek(NEXT_WEEK);
const [, , WEDNESDAY = ''] = datesOfIsoWeek(NEXT_WEEK);

let server: SyncTestServer;
let volunteer: SignedIn;
const open: EventReader[] = [];

beforeEach(async () => {
  server = await startSyncTestServer({ centers: ['demo', 'andere'] });
  await addAreas(server.database.db, 'demo', ['cafe']);
  await addAreas(server.database.db, 'andere', ['kueche']);
  volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
  await server.setStatus(`week/demo/${WEEK}`, 'published');
  await server.weeksProjected();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((reader) => reader.cancel()));
  await server.close();
  removeDataDir(server.dataDir);
});

async function subscribe(as: SyncEndpoint, center = 'demo'): Promise<EventReader> {
  const response = await server.api(as, 'GET', `/api/centers/${center}/events`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = readEvents(response);
  open.push(reader);
  await reader.next((event) => event.event === 'ready');
  return reader;
}

/** Adds a shift as the server would for a coordinator's edit on the board (the projection not awaited). */
async function addShiftToWeek(center: string, id: string, fields: Partial<ShiftInput> = {}): Promise<void> {
  const input: ShiftInput = {
    areaId: center === 'demo' ? 'cafe' : 'kueche',
    date: WEDNESDAY,
    start: '09:00',
    end: '12:00',
    needed: 1,
    notes: '',
    ...fields,
  };
  const result = await server.registry.changeDocument(`week/${center}/${WEEK}`, (doc) =>
    addShift(doc, id, input, serverOrigin),
  );
  if (!result.ok) throw new Error(result.reason);
}

const weekChanged = (event: { event: string }) => event.event === 'week-changed';

async function openShiftIds(as: SyncEndpoint): Promise<string[]> {
  const response = await server.api(as, 'GET', '/api/centers/demo/open-shifts');
  const body = (await response.json()) as { shifts: { shiftId: string }[] };
  return body.shifts.map((shift) => shift.shiftId);
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('GET /api/centers/:center/events', () => {
  it('names the changed week once its rows are committed, so a refetch on the event sees the new shift', async () => {
    const events = await subscribe(volunteer);
    await addShiftToWeek('demo', 'cafe-neu');
    const event = await events.next(weekChanged);
    expect(JSON.parse(event.data)).toEqual({ week: WEEK });
    // Fetched the moment the event arrives, without waiting for the projection in the test.
    expect(await openShiftIds(volunteer)).toContain('cafe-neu');
  });

  it("tells of another volunteer's claim, after which the place is no longer open", async () => {
    await addShiftToWeek('demo', 'cafe-eins');
    await server.weeksProjected();
    const other = await server.signIn({ role: 'volunteer', name: 'Otto Other' });
    const events = await subscribe(volunteer);
    const claim = await server.api(other, 'POST', '/api/centers/demo/shifts/cafe-eins/claim');
    expect(claim.status).toBe(200);
    await events.next(weekChanged);
    expect(await openShiftIds(volunteer)).not.toContain('cafe-eins');
  });

  it("says nothing about another center's weeks", async () => {
    const events = await subscribe(volunteer);
    await server.setStatus(`week/andere/${WEEK}`, 'published');
    await addShiftToWeek('andere', 'fremd');
    await server.weeksProjected();
    await addShiftToWeek('demo', 'eigen', { start: '14:00', end: '16:00' });
    await server.weeksProjected();
    // The first week event is demo's: with andere's before it, this would see two.
    await events.next(weekChanged);
    await expect(events.next(weekChanged, 300)).rejects.toThrow('no matching event');
    expect(await openShiftIds(volunteer)).toEqual(['eigen']);
  });

  it('ends with "session-ended" when the person signs out, and forgets the listener', async () => {
    const events = await subscribe(volunteer);
    expect(server.events.size).toBe(1);
    expect((await server.api(volunteer, 'POST', '/api/auth/logout')).status).toBe(204);
    await events.next((event) => event.event === 'session-ended');
    await events.ended;
    expect(server.events.size).toBe(0);
  });

  it('ends with "access-changed" when the person’s access to the center changes', async () => {
    const events = await subscribe(volunteer);
    server.registry.revokeConnectionsOf(volunteer.userId, 'demo');
    await events.next((event) => event.event === 'access-changed');
    await events.ended;
    expect(server.events.size).toBe(0);
  });

  it('forgets the listener when the client goes away', async () => {
    const events = await subscribe(volunteer);
    const second = await subscribe(volunteer);
    expect(server.events.size).toBe(2);
    await events.cancel();
    await until(() => server.events.size === 1);
    await second.cancel();
    await until(() => server.events.size === 0);
  });
});
