/**
 * "A kill -9 loses nothing that another client has seen": the built server is SIGKILLed while client A
 * streams edits; after a restart on the same DATA_DIR every edit client B had received is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { createDataDir, removeDataDir } from './support/sync-test-server';
import { ensureServerBuilt, loginAsDemo, startServerProcess, type ServerProcess } from './support/server-process';

// The demo seed (SEED_DEMO=1) creates the center `demo`; this week is not seeded, so it starts empty.
const ROOM = 'week/demo/2026-W10';

let dataDir: string;
const processes: ServerProcess[] = [];
const clients: ProviderClient[] = [];

beforeAll(() => {
  ensureServerBuilt();
  dataDir = createDataDir();
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const server of processes) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
  removeDataDir(dataDir);
});

/** A provider signed in as the demo coordinator (who may write everything of the room). */
async function connect(server: ServerProcess): Promise<ProviderClient> {
  const cookie = await loginAsDemo(server);
  const c = connectProvider({ serverUrl: `ws://127.0.0.1:${server.port}/sync`, origin: server.origin, cookie }, ROOM);
  clients.push(c);
  return c;
}

describe('crash safety of the built server', () => {
  it('keeps every update a client received across a SIGKILL', async () => {
    const first = await startServerProcess(dataDir);
    processes.push(first);
    const a = await connect(first);
    const b = await connect(first);
    await Promise.all([a.synced(), b.synced()]);

    let next = 0;
    const stream = setInterval(() => {
      for (let i = 0; i < 5; i++) a.doc.getArray<number>('stream').push([next++]);
    }, 2);
    try {
      await waitFor('B receives a good part of the stream', () => b.doc.getArray('stream').length >= 300, 15_000);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
    } finally {
      clearInterval(stream);
    }
    await waitFor('B noticed the crash', () => b.closes.length > 0);
    const seenByB = b.doc.getArray<number>('stream').toArray();
    // Destroy both before the restart, so that neither can hand the server back what it lost.
    a.destroy();
    b.destroy();
    expect(next).toBeGreaterThan(seenByB.length);

    const second = await startServerProcess(dataDir);
    processes.push(second);
    const c = await connect(second);
    await c.synced();
    const recovered = c.doc.getArray<number>('stream').toArray();
    expect(recovered.length).toBeGreaterThanOrEqual(seenByB.length);
    expect(recovered.slice(0, seenByB.length)).toEqual(seenByB);
  }, 60_000);
});
