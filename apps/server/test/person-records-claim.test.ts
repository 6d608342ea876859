/**
 * End to end through the new API only: an area is made to require a Hygienebelehrung (requirements
 * route), a volunteer's claim is refused as not qualified, a coordinator records the Belehrung
 * (qualifications route), and the same claim then succeeds; deleting the record refuses claims again.
 */
import {
  addIsoWeeks,
  addShift,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  readShift,
  todayIn,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const TIME_ZONE = 'Europe/Berlin';
const TODAY = todayIn(new Date(), TIME_ZONE);
const NEXT_WEEK = addIsoWeeks(currentIsoWeek(new Date(), TIME_ZONE), 1);
const NEXT_WEDNESDAY = datesOfIsoWeek(NEXT_WEEK)[2] ?? '';
const ROOM = `week/demo/${formatIsoWeek(NEXT_WEEK)}`;

let server: SyncTestServer;
let volunteer: SignedIn;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['kitchen']);
  volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

async function givenPublishedShift(id: string): Promise<void> {
  const result = await server.registry.changeDocument(ROOM, (doc) => {
    const added = addShift(
      doc,
      id,
      { areaId: 'kitchen', date: NEXT_WEDNESDAY, start: '09:00', end: '12:00', needed: 2, notes: '' },
      serverOrigin,
    );
    if (!added.ok) throw new Error(`adding ${id} failed: ${added.reason}`);
  });
  if (!result.ok) throw new Error(result.reason);
  await server.setStatus(ROOM, 'published');
  await server.weeksProjected();
}

const claim = (shiftId: string) => server.api(volunteer, 'POST', `/api/centers/demo/shifts/${shiftId}/claim`);
const giveBack = (shiftId: string) => server.api(volunteer, 'DELETE', `/api/centers/demo/shifts/${shiftId}/claim`);

describe('qualification records and claims', () => {
  it('refuses a claim as not qualified until a Hygienebelehrung is recorded through the API', async () => {
    const requirements = await server.api(server.coordinator, 'PUT', '/api/centers/demo/areas/kitchen/requirements', {
      kinds: ['hygiene'],
    });
    expect(requirements.status).toBe(200);
    await givenPublishedShift('kitchen-1');

    const refused = await claim('kitchen-1');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'claim-refused', reason: 'not-qualified' });

    const recorded = await server.api(
      server.coordinator,
      'POST',
      `/api/centers/demo/people/${volunteer.personId}/qualifications`,
      { kind: 'hygiene', date: TODAY },
    );
    expect(recorded.status).toBe(201);
    const { qualification } = (await recorded.json()) as { qualification: { id: string } };

    expect((await claim('kitchen-1')).status).toBe(200);
    const assigned = await server.registry.readDocument(ROOM, (doc) => readShift(doc, 'kitchen-1')?.assigned ?? []);
    expect(assigned).toEqual({ ok: true, value: [volunteer.personId] });

    // Without the record the next claim is refused again.
    expect((await giveBack('kitchen-1')).status).toBe(200);
    const deleted = await server.api(
      server.coordinator,
      'DELETE',
      `/api/centers/demo/people/${volunteer.personId}/qualifications/${qualification.id}`,
    );
    expect(deleted.status).toBe(204);
    const again = await claim('kitchen-1');
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ reason: 'not-qualified' });
  });
});
