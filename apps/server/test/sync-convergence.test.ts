/**
 * Seeded-random convergence over real sockets: stock providers edit, disconnect, lose their TCP connection
 * and come back while others keep editing; at the end every client and the stored log agree.
 */
import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates } from '../src/sync';
import { docContent, randomEdits } from './support/random-edits';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W30';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function stateVectorsEqual(docs: Y.Doc[]): boolean {
  const first = Buffer.from(Y.encodeStateVector(docs[0] as Y.Doc));
  return docs.every((doc) => first.equals(Buffer.from(Y.encodeStateVector(doc))));
}

async function runScenario(server: SyncTestServer, seed: number): Promise<ProviderClient[]> {
  const gen = prng.create(seed);
  const clients = Array.from({ length: 4 }, () => connectProvider(server, ROOM));
  cleanups.push(() => clients.forEach((c) => c.destroy()));
  await Promise.all(clients.map((c) => c.synced()));

  for (let step = 0; step < 120; step++) {
    const c = prng.oneOf(gen, clients);
    const action = prng.int32(gen, 0, 99);
    if (action < 70) randomEdits(gen, c.doc, prng.int32(gen, 1, 3));
    else if (action < 82) {
      if (c.provider.shouldConnect) c.provider.disconnect();
      else c.provider.connect();
    } else if (action < 88 && c.provider.ws) {
      // The network drops: no close handshake; the provider reconnects by itself.
      (c.provider.ws as unknown as { terminate(): void }).terminate();
    } else {
      await new Promise((resolve) => setTimeout(resolve, prng.int32(gen, 0, 15)));
    }
    if (prng.int32(gen, 0, 9) === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
  await Promise.all(clients.map((c) => c.synced()));
  return clients;
}

describe('convergence with random edits, disconnects and dropped connections', () => {
  it.each([11, 22, 33])('seed %i: all clients and the stored log agree', async (seed) => {
    const server = await startSyncTestServer({ compactAfterRows: 60 });
    cleanups.push(async () => {
      await server.close();
      removeDataDir(server.dataDir);
    });
    const clients = await runScenario(server, seed);
    const docs = clients.map((c) => c.doc);
    await waitFor('clients converge', () => stateVectorsEqual(docs), 10_000);

    const stored = new Y.Doc();
    Y.applyUpdate(stored, foldUpdates(server.log.load(ROOM).map((row) => row.data)));
    const expected = docContent(stored);
    for (const doc of docs) expect(docContent(doc)).toEqual(expected);
    expect(Buffer.from(Y.encodeStateVector(stored))).toEqual(Buffer.from(Y.encodeStateVector(docs[0] as Y.Doc)));
    expect(expected.notes.length + expected.shifts.length).toBeGreaterThan(0);
  });
});
