/**
 * Archived areas take no new shifts on the socket (issue 12): over real sockets and a real SQLite file, an
 * update that adds a shift in an archived area or moves one into it is refused with `update-refused`, for coordinators
 * too, from the moment of the archive on, in open rooms; a restore lets it in again. The shifts an archived
 * area already has (history) stay editable.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  closeCodes,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  markNoShow,
  type ShiftInput,
  templateDateOf,
  updateShift,
} from '@schichtbrett/domain';
import { publicHolidaysInWeek } from '@schichtbrett/domain/holidays';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates, serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const THIS_WEEK = currentIsoWeek(new Date(), 'Europe/Berlin');
const NEXT_ROOM = `week/demo/${formatIsoWeek(addIsoWeeks(THIS_WEEK, 1))}`;
const LAST_ROOM = `week/demo/${formatIsoWeek(addIsoWeeks(THIS_WEEK, -1))}`;

let server: SyncTestServer;
const clients: ProviderClient[] = [];

beforeEach(async () => {
  server = await startSyncTestServer({ centers: ['demo'] });
  await addAreas(server.database.db, 'demo', ['cafe', 'kinder']);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

/** A shift in the room's week on the weekday at `dayIndex` (Wednesday unless given). */
function shiftIn(room: string, areaId: string, dayIndex = 2): ShiftInput {
  const offset = room === NEXT_ROOM ? 1 : -1;
  const date = datesOfIsoWeek(addIsoWeeks(THIS_WEEK, offset))[dayIndex] ?? '';
  return { areaId, date, start: '09:00', end: '12:00', needed: 1, notes: '' };
}

/** A weekday of this week that is no public holiday of the test centers' Bundesland (HE): planning skips those. */
function workdayOfThisWeek(): number {
  const holidays = publicHolidaysInWeek('HE', THIS_WEEK);
  return datesOfIsoWeek(THIS_WEEK).findIndex((date) => !(date in holidays));
}

/** The default coordinator's provider in `room`, synced. */
async function coordinatorIn(room: string): Promise<ProviderClient> {
  const client = connectProvider(server, room);
  clients.push(client);
  await client.synced();
  return client;
}

/** The shifts a fresh load of the room's log holds. */
function storedShifts(room: string): Record<string, Record<string, unknown> | undefined> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, foldUpdates(server.log.load(room).map((row) => row.data)));
  return doc.getMap('shifts').toJSON() as Record<string, Record<string, unknown>>;
}

async function setArchived(areaId: string, archived: boolean): Promise<void> {
  const action = archived ? 'archive' : 'restore';
  const response = await server.api(server, 'POST', `/api/centers/demo/areas/${areaId}/${action}`);
  expect(response.status).toBe(200);
}

/** The server checks before it stores: once the socket is refused, the log shows what was kept. */
async function refused(client: ProviderClient): Promise<void> {
  await waitFor('the refusal', () => client.closes.some((close) => close.code === closeCodes['update-refused']));
}

describe('sync: archived areas take no new shifts', () => {
  it("refuses a coordinator's new shift in an area archived while her room is open; after a restore it is taken", async () => {
    const coordinator = await coordinatorIn(NEXT_ROOM);
    await setArchived('cafe', true);

    addShift(coordinator.doc, 'neu-cafe', shiftIn(NEXT_ROOM, 'cafe'), 'koordination');
    await refused(coordinator);
    expect(storedShifts(NEXT_ROOM)).not.toHaveProperty('neu-cafe');

    await setArchived('cafe', false);
    const again = await coordinatorIn(NEXT_ROOM);
    addShift(again.doc, 'neu-cafe-2', shiftIn(NEXT_ROOM, 'cafe'), 'koordination');
    await waitFor('the shift stored', () => 'neu-cafe-2' in storedShifts(NEXT_ROOM));
    expect(again.closes).toEqual([]);
  });

  it('refuses moving a shift into an archived area, and takes the edits of a shift in an active one', async () => {
    const added = await server.registry.changeDocument(NEXT_ROOM, (doc) =>
      addShift(doc, 'kinder-1', shiftIn(NEXT_ROOM, 'kinder'), serverOrigin),
    );
    expect(added.ok).toBe(true);
    await setArchived('cafe', true);
    const coordinator = await coordinatorIn(NEXT_ROOM);

    updateShift(coordinator.doc, 'kinder-1', { needed: 3 }, 'koordination');
    await waitFor('the edit stored', () => storedShifts(NEXT_ROOM)['kinder-1']?.needed === 3);
    updateShift(coordinator.doc, 'kinder-1', { areaId: 'cafe' }, 'koordination');
    await refused(coordinator);
    expect(storedShifts(NEXT_ROOM)['kinder-1']?.areaId).toBe('kinder');
  });

  it("keeps a past week's shift of an archived area editable: attendance and notes", async () => {
    const personId = server.coordinator.personId;
    const added = await server.registry.changeDocument(LAST_ROOM, (doc) => {
      addShift(doc, 'cafe-damals', shiftIn(LAST_ROOM, 'cafe'), serverOrigin);
      assignPerson(doc, 'cafe-damals', personId, 1, serverOrigin);
    });
    expect(added.ok).toBe(true);
    await server.weeksProjected();
    await setArchived('cafe', true);
    const coordinator = await coordinatorIn(LAST_ROOM);

    expect(markNoShow(coordinator.doc, 'cafe-damals', personId, 'koordination').ok).toBe(true);
    updateShift(coordinator.doc, 'cafe-damals', { notes: 'Kuchen blieb übrig' }, 'koordination');
    await waitFor('attendance and notes stored', () => {
      const shift = storedShifts(LAST_ROOM)['cafe-damals'];
      return shift?.notes === 'Kuchen blieb übrig' && JSON.stringify(shift.attendance ?? {}).includes(personId);
    });
    expect(coordinator.closes).toEqual([]);
  });

  it('refuses a new template row in an archived area', async () => {
    await setArchived('cafe', true);
    const coordinator = await coordinatorIn('template/demo');
    const monday = templateDateOf(1);
    addShift(coordinator.doc, 'vorlage-cafe', { ...shiftIn(NEXT_ROOM, 'cafe'), date: monday }, 'koordination');
    await refused(coordinator);
    expect(storedShifts('template/demo')).not.toHaveProperty('vorlage-cafe');
  });

  it('leaves the shifts of an archived area out when a week is copied from the week before', async () => {
    const week = formatIsoWeek(THIS_WEEK);
    const day = workdayOfThisWeek();
    const added = await server.registry.changeDocument(LAST_ROOM, (doc) => {
      addShift(doc, 'cafe-alt', shiftIn(LAST_ROOM, 'cafe', day), serverOrigin);
      addShift(doc, 'kinder-alt', shiftIn(LAST_ROOM, 'kinder', day), serverOrigin);
    });
    expect(added.ok).toBe(true);
    await setArchived('cafe', true);

    const response = await server.api(server, 'POST', `/api/centers/demo/weeks/${week}/plan`, {
      source: 'previous-week',
      withPeople: false,
    });
    expect(response.status).toBe(200);
    const areas = Object.values(storedShifts(`week/demo/${week}`)).map((shift) => shift?.areaId);
    expect(areas).toEqual(['kinder']);
  });
});
