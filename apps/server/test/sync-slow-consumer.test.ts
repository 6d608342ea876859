/**
 * A client that stops reading (a phone in a tunnel) must not make the server buffer without bound: past
 * the limit its socket is closed with `slow-consumer`, the room and the other clients carry on, and the slow client
 * catches up by state vector when it reconnects.
 */
import { closeCodes } from '@schichtbrett/domain';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectProvider, openRawSocket, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W21';

let server: SyncTestServer;
let writer: ProviderClient;
let reader: ProviderClient;

beforeAll(async () => {
  server = await startSyncTestServer({ maxBufferedBytes: 256 * 1024 });
  writer = connectProvider(server, ROOM);
  reader = connectProvider(server, ROOM);
  await Promise.all([writer.synced(), reader.synced()]);
});

afterAll(async () => {
  writer.destroy();
  reader.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('a client that stops reading', () => {
  it('is closed with `slow-consumer` while the room keeps working', async () => {
    const slow = openRawSocket(server, ROOM);
    await slow.opened;
    // Stop reading at the TCP level: the kernel buffers fill, then the server's send buffer grows.
    (slow.socket as unknown as { _socket: Socket })._socket.pause();

    const chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; i < 40; i++) {
      writer.doc.getArray<string>('load').push([chunk]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (server.logs.find('slow consumer').length > 0) break;
    }
    (slow.socket as unknown as { _socket: Socket })._socket.resume();
    expect(await slow.closed).toMatchObject({ code: closeCodes['slow-consumer'], reason: 'slow-consumer' });

    // The other clients were not affected and still converge.
    writer.doc.getText('t').insert(0, 'weiter');
    await waitFor('reader converged', () => reader.doc.getText('t').toString() === 'weiter', 10_000);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(writer.doc));
  });
});
