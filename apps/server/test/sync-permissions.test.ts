/**
 * Permissions per message over real sockets: stock providers signed in as a team lead or a volunteer send
 * updates; what their role may not change is refused with `update-refused` and never reaches the log or the others.
 */
import {
  addShift,
  addStandIn,
  askForStandIn,
  assignPerson,
  closeCodes,
  removeShift,
  type ShiftInput,
  updateShift,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates } from '../src/sync';
import { connectProvider, waitFor, type ProviderClient, type SyncEndpoint } from './support/sync-clients';
import { createDataDir, removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W48';
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };
const kitchen: ShiftInput = { ...cafe, areaId: 'kitchen' };

let dataDir: string;
let server: SyncTestServer;
let coordinator: ProviderClient;
const clients: ProviderClient[] = [];

function connect(endpoint: SyncEndpoint): ProviderClient {
  const c = connectProvider(endpoint, ROOM);
  clients.push(c);
  return c;
}

/** What a fresh load of the room's log holds, and how many rows it has. */
function stored(): { state: Uint8Array; rows: number } {
  const rows = server.log.load(ROOM);
  return { state: foldUpdates(rows.map((row) => row.data)), rows: rows.length };
}

function storedShifts(): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored().state);
  return doc.getMap('shifts').toJSON();
}

beforeEach(async () => {
  dataDir = createDataDir();
  server = await startSyncTestServer({ dataDir });
  // New weeks are drafts, which only coordinators may open.
  await server.setStatus(ROOM, 'published');
  coordinator = connect(server);
  await coordinator.synced();
  addShift(coordinator.doc, 'c1', cafe, 'test');
  addShift(coordinator.doc, 'k1', kitchen, 'test');
  await waitFor('both shifts stored', () => Object.keys(storedShifts()).length === 2);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  removeDataDir(dataDir);
});

describe('sync permissions: team lead of the café', () => {
  it('edits, staffs, adds and deletes shifts of the café', async () => {
    const lead = connect(await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' }));
    await lead.synced();
    updateShift(lead.doc, 'c1', { notes: 'Kuchen' }, 'lea');
    assignPerson(lead.doc, 'c1', 'person-x', 1, 'lea');
    addShift(lead.doc, 'c2', { ...cafe, start: '14:00', end: '16:00' }, 'lea');
    removeShift(lead.doc, 'c2', 'lea');
    await waitFor('the coordinator sees the note', () => {
      const shift = coordinator.doc.getMap('shifts').get('c1') as Y.Map<unknown> | undefined;
      return shift?.get('notes') === 'Kuchen';
    });
    await waitFor('all stored', () => stored().rows >= 1 + 2 + 4);
    expect(lead.closes).toEqual([]);
  });

  it.each<[string, (doc: Y.Doc) => unknown]>([
    ['edits a kitchen shift', (doc) => updateShift(doc, 'k1', { needed: 9 }, 'lea')],
    ['deletes a kitchen shift', (doc) => removeShift(doc, 'k1', 'lea')],
    ['moves a kitchen shift into the café', (doc) => updateShift(doc, 'k1', { areaId: 'cafe' }, 'lea')],
    ['moves a café shift into the kitchen', (doc) => updateShift(doc, 'c1', { areaId: 'kitchen' }, 'lea')],
    [
      'fakes a stand-in request on a café shift (only the server writes them)',
      (doc) =>
        doc.transact(() => {
          assignPerson(doc, 'c1', 'person-x', 1, 'lea');
          askForStandIn(doc, 'c1', 'person-x', 2, 'lea');
        }, 'lea'),
    ],
    ['records attendance on a café shift (coordinators only)', (doc) => addStandIn(doc, 'c1', 'person-x', 'lea')],
  ])('is refused with `update-refused` when it %s, and the stored room stays as it was', async (_name, edit) => {
    const lead = connect(await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' }));
    await lead.synced();
    const before = stored();
    const coordinatorSaw = coordinator.doc.getMap('shifts').toJSON();

    edit(lead.doc);
    await waitFor('the lead is closed', () => lead.closes.length > 0);
    expect(lead.closes).toEqual([{ code: closeCodes['update-refused'], reason: 'update-refused' }]);
    // The provider does not reconnect after a 44xx code: the client has to reset the room first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lead.closes).toHaveLength(1);

    expect(stored()).toEqual(before);
    expect(coordinator.doc.getMap('shifts').toJSON()).toEqual(coordinatorSaw);
    expect(server.logs.find('refused frame')).toMatchObject([{ room: ROOM, reason: 'update-refused' }]);

    // A reset client (a fresh copy from the server) works on.
    const again = connect(await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' }));
    await again.synced();
    updateShift(again.doc, 'c1', { notes: 'nach dem Neuladen' }, 'lea');
    await waitFor('stored', () => stored().rows === before.rows + 1);
    expect(again.closes).toEqual([]);
  });
});

describe('sync permissions: volunteer', () => {
  it('reads the room and its changes, but an edit is refused', async () => {
    const volunteer = connect(await server.signIn({ role: 'volunteer', name: 'Vito Volunteer' }));
    await volunteer.synced();
    expect(Object.keys(volunteer.doc.getMap('shifts').toJSON()).sort()).toEqual(['c1', 'k1']);
    updateShift(coordinator.doc, 'c1', { notes: 'für alle' }, 'test');
    await waitFor('the volunteer sees the change', () => {
      const shift = volunteer.doc.getMap('shifts').get('c1') as Y.Map<unknown> | undefined;
      return shift?.get('notes') === 'für alle';
    });
    expect(volunteer.closes).toEqual([]);
    const before = stored();

    assignPerson(volunteer.doc, 'c1', 'person-vito', 1, 'vito');
    await waitFor('the volunteer is closed', () => volunteer.closes.length > 0);
    expect(volunteer.closes).toEqual([{ code: closeCodes['update-refused'], reason: 'update-refused' }]);
    expect(stored()).toEqual(before);
  });
});
