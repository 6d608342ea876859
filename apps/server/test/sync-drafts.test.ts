/**
 * Draft weeks are for coordinators only (issue 4): a team lead's or volunteer's socket is closed with `not-published`
 * not-published before it sees anything; publishing lets them in; turning the week back into a draft,
 * by command or by a coordinator over the socket, closes their sockets at once.
 */
import { addShift, closeCodes, readWeek, setWeekStatus, weekStatusOf } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connectProvider,
  openRawSocket,
  waitFor,
  type ProviderClient,
  type SyncEndpoint,
} from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const WEEK = '2026-W30';
const ROOM = `week/demo/${WEEK}`;

let server: SyncTestServer;
let coordinator: ProviderClient;
let volunteer: SignedIn;
let lead: SignedIn;
const clients: ProviderClient[] = [];

function connect(endpoint: SyncEndpoint): ProviderClient {
  const client = connectProvider(endpoint, ROOM);
  clients.push(client);
  return client;
}

function command(what: 'publish' | 'unpublish', as: SyncEndpoint = server.coordinator): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/weeks/${WEEK}/${what}`);
}

beforeEach(async () => {
  server = await startSyncTestServer();
  volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Ehrenamt' });
  lead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea Leitung' });
  coordinator = connect(server.coordinator);
  await coordinator.synced();
  addShift(
    coordinator.doc,
    's1',
    { areaId: 'cafe', date: '2026-07-21', start: '09:00', end: '12:00', needed: 2, notes: '' },
    'kora',
  );
  await waitFor('the shift is stored', () => server.log.load(ROOM).length >= 2);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('draft weeks', () => {
  it('are new weeks, open to coordinators only: others get `not-published` before any frame', async () => {
    expect(weekStatusOf(coordinator.doc)).toBe('draft');
    for (const endpoint of [volunteer, lead]) {
      const socket = openRawSocket(endpoint, ROOM);
      expect(await socket.closed).toEqual({ code: closeCodes['not-published'], reason: 'not-published' });
      expect(socket.received).toEqual([]);
    }
    expect(readWeek(coordinator.doc).shifts).toHaveLength(1);
  });

  it('let everyone in once published, and close the others with `not-published` when unpublished', async () => {
    const published = await command('publish');
    expect(published.status).toBe(200);
    expect(await published.json()).toEqual({ status: 'published', shiftsPastCutoff: 0 });
    await waitFor('the coordinator’s board shows it', () => weekStatusOf(coordinator.doc) === 'published');

    const vera = connect(volunteer);
    const lea = connect(lead);
    await Promise.all([vera.synced(), lea.synced()]);
    expect(readWeek(vera.doc).shifts.map((s) => s.id)).toEqual(['s1']);

    const unpublished = await command('unpublish');
    expect(await unpublished.json()).toEqual({ status: 'draft', shiftsPastCutoff: 0 });
    await waitFor('both are closed with `not-published`', () =>
      [vera, lea].every((client) => client.closes.some((close) => close.code === closeCodes['not-published'])),
    );
    // The coordinator stays and sees the status change.
    await waitFor('the coordinator sees the draft', () => weekStatusOf(coordinator.doc) === 'draft');
    expect(coordinator.closes).toEqual([]);
  });

  it('close the others when a coordinator turns the week into a draft over the socket', async () => {
    await command('publish');
    const vera = connect(volunteer);
    await vera.synced();
    setWeekStatus(coordinator.doc, 'draft', 'kora');
    await waitFor('the volunteer is closed with `not-published`', () =>
      vera.closes.some((close) => close.code === closeCodes['not-published']),
    );
  });

  it('cannot be made by a team lead over the socket (`update-refused`), nor published', async () => {
    await command('publish');
    const lea = connect(lead);
    await lea.synced();
    setWeekStatus(lea.doc, 'draft', 'lea');
    await waitFor('the team lead is refused', () =>
      lea.closes.some((close) => close.code === closeCodes['update-refused']),
    );
    const stored = await server.registry.readDocument(ROOM, weekStatusOf);
    expect(stored).toEqual({ ok: true, value: 'published' });
    expect((await command('unpublish', lead)).status).toBe(403);
    expect((await command('publish', volunteer)).status).toBe(403);
  });
});
