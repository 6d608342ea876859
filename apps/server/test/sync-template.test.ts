/**
 * The template room `template/<center>` (issue 4, ADR 8): on first load it imports the SQL rows; from then
 * on it is edited live by coordinators, read by team leads (edits refused with `update-refused`) and closed to
 * volunteers (403), while `template_shifts` follows it as its projection: contact visibility and the
 * next planned week use the edited template.
 */
import {
  addShift,
  assignPerson,
  closeCodes,
  readTemplateDoc,
  readWeek,
  type TemplateShift,
  updateShift,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAreas, addPerson, addTemplateShifts } from './support/center-fixtures';
import {
  connectProvider,
  openRawSocket,
  waitFor,
  type ProviderClient,
  type SyncEndpoint,
} from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'template/demo';

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
    id: 'kueche-di',
    areaId: 'kitchen',
    weekday: 2,
    start: '11:00',
    end: '14:00',
    needed: 1,
    notes: 'Suppe',
    regularIds: [],
  },
];

let server: SyncTestServer;
const clients: ProviderClient[] = [];

function connect(endpoint: SyncEndpoint): ProviderClient {
  const client = connectProvider(endpoint, ROOM);
  clients.push(client);
  return client;
}

/** The projection as stored, ordered like the API reads it. */
function projectedRows(): { id: string; weekday: number; regular_ids: string; notes: string }[] {
  return server.database.sqlite
    .prepare('SELECT id, weekday, regular_ids, notes FROM template_shifts ORDER BY weekday, start_time, id')
    .all() as { id: string; weekday: number; regular_ids: string; notes: string }[];
}

function storedTemplate(): TemplateShift[] {
  const doc = new Y.Doc();
  for (const row of server.log.load(ROOM)) Y.applyUpdate(doc, row.data);
  return readTemplateDoc(doc);
}

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  await addTemplateShifts(server.database.db, 'demo', TEMPLATE);
  await addPerson(server.database.db, 'demo', { id: 'anna', firstName: 'Anna', email: 'anna@example.org' });
  await addPerson(server.database.db, 'demo', { id: 'ben', firstName: 'Ben', email: 'ben@example.org' });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('the template room', () => {
  it('imports the SQL template once, as a week-shaped document of the reference week', async () => {
    const kora = connect(server.coordinator);
    await kora.synced();
    expect(readTemplateDoc(kora.doc)).toEqual(TEMPLATE);
    expect(readWeek(kora.doc).meta).toMatchObject({ kind: 'template', week: '2001-W01', status: 'published' });
    expect(readWeek(kora.doc).shifts.map((s) => s.id)).toEqual(['cafe-mo@2001-01-01', 'kueche-di@2001-01-02']);
    const rows = server.log.load(ROOM).length;

    // After a restart the SQL rows are not imported again: the document is the truth now.
    await server.database.db.deleteFrom('template_shifts').where('id', '=', 'kueche-di').execute();
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    server = await startSyncTestServer({ dataDir: server.dataDir });
    const again = connect(server.coordinator);
    await again.synced();
    expect(readTemplateDoc(again.doc)).toEqual(TEMPLATE);
    expect(server.log.load(ROOM)).toHaveLength(rows);
  });

  it('is edited live by coordinators, and template_shifts follows', async () => {
    const kora = connect(server.coordinator);
    const other = connect(await server.signIn({ role: 'coordinator', name: 'Cem Koordination' }));
    await Promise.all([kora.synced(), other.synced()]);
    assignPerson(kora.doc, 'cafe-mo@2001-01-01', 'ben', Date.now() + 60_000, 'kora');
    addShift(
      kora.doc,
      'cafe-fr@2001-01-05',
      { areaId: 'cafe', date: '2001-01-05', start: '14:00', end: '17:00', needed: 1, notes: '' },
      'kora',
    );
    updateShift(kora.doc, 'kueche-di@2001-01-02', { notes: 'Eintopf' }, 'kora');
    await waitFor('the other coordinator sees it', () => readTemplateDoc(other.doc).length === 3);
    await waitFor('the server has it', () => storedTemplate().some((s) => s.notes === 'Eintopf'));
    await server.templateProjected();
    expect(projectedRows()).toEqual([
      { id: 'cafe-mo', weekday: 1, regular_ids: '["anna","ben"]', notes: '' },
      { id: 'kueche-di', weekday: 2, regular_ids: '[]', notes: 'Eintopf' },
      { id: 'cafe-fr', weekday: 5, regular_ids: '[]', notes: '' },
    ]);
  });

  it('is read-only for team leads (`update-refused` on an edit) and closed to volunteers (403)', async () => {
    const lea = connect(await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' }));
    await lea.synced();
    expect(readTemplateDoc(lea.doc)).toEqual(TEMPLATE);
    updateShift(lea.doc, 'cafe-mo@2001-01-01', { needed: 3 }, 'lea');
    await waitFor('the edit is refused', () => lea.closes.some((close) => close.code === closeCodes['update-refused']));
    expect(storedTemplate()).toEqual(TEMPLATE);

    const volunteer = await server.signIn({ role: 'volunteer' });
    expect(await openRawSocket(volunteer, ROOM).refused).toBe(403);
  });

  it('feeds contact visibility and the next planned week from the live template', async () => {
    const lead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' });
    const benAsSeenBy = async (): Promise<Record<string, unknown> | undefined> => {
      const response = await server.api(lead, 'GET', '/api/centers/demo');
      const body = (await response.json()) as { people: Record<string, unknown>[] };
      return body.people.find((person) => person.id === 'ben');
    };
    expect(await benAsSeenBy()).not.toHaveProperty('email');

    const kora = connect(server.coordinator);
    await kora.synced();
    assignPerson(kora.doc, 'cafe-mo@2001-01-01', 'ben', Date.now() + 60_000, 'kora');
    addShift(
      kora.doc,
      'cafe-fr@2001-01-05',
      { areaId: 'cafe', date: '2001-01-05', start: '14:00', end: '17:00', needed: 1, notes: '' },
      'kora',
    );
    await waitFor('the server has the edit', () => storedTemplate().length === 3);
    await server.templateProjected();
    // Ben is a regular of the café now: its team lead may reach him.
    expect(await benAsSeenBy()).toMatchObject({ email: 'ben@example.org' });

    const planned = await server.api(server.coordinator, 'POST', '/api/centers/demo/weeks/2026-W48/plan', {
      source: 'template',
    });
    expect(await planned.json()).toMatchObject({ added: 3 });
    const week = await server.registry.readDocument('week/demo/2026-W48', (doc) => readWeek(doc).shifts);
    expect(week.ok && week.value.map((s) => [s.id, s.assigned])).toEqual([
      ['cafe-mo@2026-11-23', ['anna', 'ben']],
      ['kueche-di@2026-11-24', []],
      ['cafe-fr@2026-11-27', []],
    ]);
  });
});
