/** The sync server end to end: stock y-websocket providers over real sockets against a real SQLite file. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeCodes, readMeta } from '@schichtbrett/domain';
import * as Y from 'yjs';
import { connectProvider, openRawSocket, waitFor, type ProviderClient } from './support/sync-clients';
import { createDataDir, removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W48';
/** What the server writes into a new week document of a center in Hessen without holidays that week. */
const NEW_WEEK_META = { schemaVersion: 1, center: 'demo', kind: 'week', status: 'draft', holidays: {}, closedDays: {} };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function start(options: Parameters<typeof startSyncTestServer>[0] = {}): Promise<SyncTestServer> {
  const dataDir = options.dataDir ?? createDataDir();
  if (!options.dataDir) cleanups.push(() => removeDataDir(dataDir));
  const server = await startSyncTestServer({ ...options, dataDir });
  cleanups.push(() => server.close());
  return server;
}

function client(server: SyncTestServer, room = ROOM): ProviderClient {
  const c = connectProvider(server, room);
  cleanups.push(() => c.destroy());
  return c;
}

describe('sync server: rooms', () => {
  it('converges clients of one room and keeps other rooms apart', async () => {
    const server = await start();
    const a = client(server);
    const b = client(server);
    const elsewhere = client(server, 'week/demo/2026-W49');
    await Promise.all([a.synced(), b.synced(), elsewhere.synced()]);

    a.doc.getArray<string>('shifts').push(['Café Mo 9–12']);
    b.doc.getMap('meta').set('title', 'KW 48');
    await waitFor(
      'both edits everywhere',
      () => a.doc.getMap('meta').get('title') === 'KW 48' && b.doc.getArray('shifts').length === 1,
    );
    expect(b.doc.getArray('shifts').toJSON()).toEqual(['Café Mo 9–12']);

    // Give a stray broadcast time to arrive before asserting it did not.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(elsewhere.doc.getArray('shifts').length).toBe(0);
    // Its own meta, written by the server when the room loaded, and nothing of week 48.
    expect(readMeta(elsewhere.doc)).toEqual({ ...NEW_WEEK_META, week: '2026-W49' });
  });

  it('gives a late joiner the full state', async () => {
    const server = await start();
    const a = client(server);
    await a.synced();
    for (let i = 0; i < 50; i++) a.doc.getText('notes').insert(0, `${i};`);
    const late = client(server);
    await late.synced();
    await waitFor(
      'late joiner has everything',
      () => late.doc.getText('notes').length === a.doc.getText('notes').length,
    );
    expect(late.doc.getText('notes').toString()).toBe(a.doc.getText('notes').toString());
  });

  it('relays awareness with the identity the server stamped and removes it when its client disconnects', async () => {
    const server = await start();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', role: 'coordinator' });
    a.provider.awareness.setLocalStateField('cursor', 1);
    const aId = a.doc.clientID;
    await waitFor('B sees A', () => b.provider.awareness.getStates().get(aId)?.cursor === 1);
    expect(b.provider.awareness.getStates().get(aId)?.user).toEqual({
      personId: server.coordinator.personId,
      name: 'Kora K.',
      role: 'coordinator',
    });

    a.provider.disconnect();
    await waitFor('A gone at B', () => !b.provider.awareness.getStates().has(aId));

    a.provider.connect();
    await waitFor('A back at B', () => b.provider.awareness.getStates().get(aId)?.cursor === 1);
  });

  it('removes the presence of a client whose socket just drops', async () => {
    const server = await start();
    const a = client(server);
    const b = client(server);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    const aId = a.doc.clientID;
    await waitFor('B sees A', () => b.provider.awareness.getStates().has(aId));
    // No goodbye message: the TCP connection is cut.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as { terminate(): void }).terminate();
    await waitFor('A gone at B', () => !b.provider.awareness.getStates().has(aId));
  });

  it.each([
    ['another kind of room', 'plan/demo/2026-W48'],
    ['a missing week', 'week/demo'],
    ['an impossible week', 'week/demo/2026-W54'],
    ['an invalid slug', 'week/DEMO/2026-W48'],
    ['an extra segment', 'week/demo/2026-W48/x'],
    ['a malformed percent-escape', 'week/demo/%E0'],
  ])('refuses the upgrade for %s with 404', async (_name, room) => {
    const server = await start();
    const raw = openRawSocket(server, room);
    expect(await raw.refused).toBe(404);
    expect(server.logs.find('refused upgrade')).toMatchObject([{ room, status: 404 }]);
  });

  it('refuses the upgrade for a center the user does not belong to with 403', async () => {
    const server = await start({ centers: ['demo', 'andere'] });
    const member = await server.signIn({ role: 'coordinator', center: 'andere' });
    expect(await openRawSocket(member, ROOM).refused).toBe(403);
    expect(await openRawSocket(server, 'week/unbekannt/2026-W48').refused).toBe(403);
  });

  it('refuses the upgrade without a session (401) or from another origin (403)', async () => {
    const server = await start();
    expect(await openRawSocket({ ...server, cookie: '' }, ROOM).refused).toBe(401);
    expect(await openRawSocket({ ...server, origin: 'https://evil.example' }, ROOM).refused).toBe(403);
    expect(server.registry.loadedRooms()).toEqual([]);
  });

  it('keeps every update across an in-process restart on the same data directory', async () => {
    const dataDir = createDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const first = await startSyncTestServer({ dataDir });
    const a = connectProvider(first, ROOM);
    await a.synced();
    for (let i = 0; i < 100; i++) a.doc.getArray<number>('shifts').push([i]);
    a.doc.getMap('meta').set('status', 'published');
    // Wait until the server has stored every one of A's changes.
    await waitFor('server stored everything', () => {
      const stored = new Y.Doc();
      for (const row of first.log.load(ROOM)) Y.applyUpdate(stored, row.data);
      return stored.getArray('shifts').length === 100 && stored.getMap('meta').get('status') === 'published';
    });
    a.destroy();
    await first.close();

    const second = await start({ dataDir });
    const b = client(second);
    await b.synced();
    expect(b.doc.getArray('shifts').toJSON()).toEqual([...Array(100).keys()]);
    expect(b.doc.getMap('meta').get('status')).toBe('published');
  });

  it('hands out every week document with its meta, written once by the server', async () => {
    const dataDir = createDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const first = await startSyncTestServer({ dataDir });
    const a = connectProvider(first, ROOM);
    await a.synced();
    expect(readMeta(a.doc)).toEqual({ ...NEW_WEEK_META, week: '2026-W48' });
    expect(first.log.load(ROOM)).toHaveLength(1);
    a.destroy();
    await first.close();

    // Loading the room again finds the meta and writes nothing.
    const second = await start({ dataDir });
    const b = client(second);
    await b.synced();
    expect(readMeta(b.doc)).toEqual({ ...NEW_WEEK_META, week: '2026-W48' });
    expect(second.log.load(ROOM)).toHaveLength(1);
  });

  it('closes every socket with `server-shutting-down` when the registry shuts down', async () => {
    const server = await start();
    const raw = openRawSocket(server, ROOM);
    await raw.opened;
    await waitFor('server step 1', () => raw.received.length > 0);
    server.registry.close();
    expect(await raw.closed).toEqual({ code: closeCodes['server-shutting-down'], reason: 'server-shutting-down' });
  });
});
