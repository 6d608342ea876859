/** Compaction on the real SQLite log: the room's state stays byte-identical and survives a restart. */
import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates } from '../src/sync';
import { docContent, randomEdits } from './support/random-edits';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { createDataDir, removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W10';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function start(options: Parameters<typeof startSyncTestServer>[0]): Promise<SyncTestServer> {
  const server = await startSyncTestServer(options);
  cleanups.push(() => server.close());
  return server;
}

function client(server: SyncTestServer): ProviderClient {
  const c = connectProvider(server, ROOM);
  cleanups.push(() => c.destroy());
  return c;
}

/** Y.encodeStateAsUpdate of a fresh document loaded from the room's rows. */
function freshLoad(server: SyncTestServer): Uint8Array {
  return foldUpdates(server.log.load(ROOM).map((row) => row.data));
}

/** Waits until every client's content is what the server stored. */
async function allStored(server: SyncTestServer, clients: ProviderClient[]): Promise<void> {
  await waitFor('server has every edit', () => {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, freshLoad(server));
    const expected = JSON.stringify(docContent(stored));
    return clients.every((c) => JSON.stringify(docContent(c.doc)) === expected);
  });
}

describe('compaction', () => {
  it('keeps the state byte-identical', async () => {
    const dataDir = createDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const server = await start({ dataDir, compactAfterRows: 100_000 });
    const writers = [client(server), client(server), client(server)];
    await Promise.all(writers.map((w) => w.synced()));
    const gen = prng.create(48);
    for (let round = 0; round < 30; round++) {
      randomEdits(gen, prng.oneOf(gen, writers).doc, 4);
      await new Promise((resolve) => setTimeout(resolve, prng.int32(gen, 0, 3)));
    }
    await allStored(server, writers);
    const rowsBefore = server.log.load(ROOM).length;
    const before = freshLoad(server);

    expect(await server.registry.compactRoom(ROOM)).toEqual({ ok: true, value: undefined });

    expect(rowsBefore).toBeGreaterThan(50);
    expect(server.log.load(ROOM)).toMatchObject([{ isSnapshot: true }]);
    expect(freshLoad(server)).toEqual(before);
    const reader = client(server);
    await reader.synced();
    expect(docContent(reader.doc)).toEqual(docContent(writers[0]!.doc));
  });

  it('compacts by itself past the threshold and the state survives a restart', async () => {
    const dataDir = createDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const first = await startSyncTestServer({ dataDir, compactAfterRows: 20 });
    const writer = connectProvider(first, ROOM);
    await writer.synced();
    for (let i = 0; i < 150; i++) writer.doc.getArray<number>('shifts').push([i]);
    await allStored(first, [writer]);
    const rows = first.log.load(ROOM);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]?.isSnapshot).toBe(true);
    expect(first.logs.find('compacted update log').length).toBeGreaterThanOrEqual(7);
    writer.destroy();
    await first.close();

    const second = await start({ dataDir, compactAfterRows: 20 });
    const reader = client(second);
    await reader.synced();
    expect(reader.doc.getArray('shifts').toJSON()).toEqual([...Array(150).keys()]);
  });
});
