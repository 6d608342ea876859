/**
 * Bad input over real sockets: every malformed frame closes only its own connection with the documented
 * code, the server stays up, and the room's state (in memory, on disk, at other clients) is unchanged.
 */
import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type CloseReason, closeCodes, decodeMessage, encodeMessage, foldUpdates } from '../src/sync';
import { connectProvider, openRawSocket, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W48';
const MAX_FRAME_BYTES = 64 * 1024;

let server: SyncTestServer;
let writer: ProviderClient;
let storedBefore: Uint8Array;

function stored(): Uint8Array {
  return foldUpdates(server.log.load(ROOM).map((row) => row.data));
}

beforeAll(async () => {
  server = await startSyncTestServer({ maxFrameBytes: MAX_FRAME_BYTES });
  writer = connectProvider(server, ROOM);
  await writer.synced();
  writer.doc.getArray<string>('shifts').push(['Café Mo 9–12', 'Wäschedienst Di 10–12']);
  writer.doc.getText('notes').insert(0, 'Bitte Kuchen mitbringen');
  await waitFor('writer stored', () => server.log.load(ROOM).length >= 2);
  storedBefore = stored();
});

afterAll(async () => {
  writer.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

/** Opens a raw socket, waits for the server's step 1, sends `frame` and returns how the server closed it. */
async function sendAndAwaitClose(frame: Uint8Array | string): Promise<{ code: number; reason: string }> {
  const raw = openRawSocket(server, ROOM);
  await raw.opened;
  await waitFor('server step 1', () => raw.received.length > 0);
  raw.socket.send(frame);
  return raw.closed;
}

function closedWith(reason: CloseReason) {
  return { code: closeCodes[reason], reason };
}

/** What the server must answer to a frame; null when the frame may legitimately be accepted. */
function expectedRefusal(frame: Uint8Array): CloseReason | null {
  const decoded = decodeMessage(frame);
  if (!decoded.ok) return decoded.reason;
  const message = decoded.message;
  if (message.kind !== 'update' && message.kind !== 'sync-step-2') return null;
  try {
    Y.decodeUpdate(message.update);
    return null;
  } catch {
    return 'update-rejected';
  }
}

function garbageUpdate(bytes: number[]): Uint8Array {
  return encodeMessage({ kind: 'update', update: new Uint8Array(bytes) });
}

describe('malformed frames', () => {
  it.each<[string, Uint8Array | string, CloseReason]>([
    ['an empty frame', new Uint8Array([]), 'malformed-message'],
    ['a truncated varint', new Uint8Array([0x80]), 'malformed-message'],
    ['a truncated sync type', new Uint8Array([0, 0xff]), 'malformed-message'],
    ['a length past the end', new Uint8Array([0, 2, 40, 1, 2, 3]), 'malformed-message'],
    ['trailing garbage', new Uint8Array([3, 1, 2, 3]), 'malformed-message'],
    ['an awareness state that is not JSON', new Uint8Array([1, 6, 1, 1, 1, 2, 123, 123]), 'malformed-message'],
    ['a text frame', 'hallo', 'malformed-message'],
    ['an auth message', new Uint8Array([2, 0, 0]), 'unsupported-message-type'],
    ['an unknown message type', new Uint8Array([42]), 'unsupported-message-type'],
    ['an unknown sync message type', new Uint8Array([0, 7, 0]), 'unsupported-message-type'],
    ['a garbage update', garbageUpdate([1, 2, 3]), 'update-rejected'],
    ['a garbage update with a huge varint', garbageUpdate(Array(10).fill(0xff)), 'update-rejected'],
    [
      'a garbage sync step 2',
      encodeMessage({ kind: 'sync-step-2', update: new Uint8Array([5, 5, 5, 5]) }),
      'update-rejected',
    ],
  ])('closes the socket for %s', async (_name, frame, reason) => {
    expect(await sendAndAwaitClose(frame)).toEqual(closedWith(reason));
    expect(server.logs.entries.some((e) => e.msg === 'refused frame' && e.reason === reason && e.room === ROOM)).toBe(
      true,
    );
  });

  it('closes the socket with `message-too-big` for a frame above the size limit', async () => {
    const frame = encodeMessage({ kind: 'update', update: new Uint8Array(MAX_FRAME_BYTES + 1) });
    expect((await sendAndAwaitClose(frame)).code).toBe(closeCodes['message-too-big']);
  });

  it('refuses seeded random frames with the documented codes', async () => {
    const gen = prng.create(20261126);
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      const frame = prng.uint8Array(gen, prng.int32(gen, 1, 48));
      if (prng.bool(gen)) frame[0] = prng.int32(gen, 0, 3);
      if (frame[0] === 0 && prng.bool(gen) && frame.length > 1) frame[1] = prng.int32(gen, 0, 2);
      const reason = expectedRefusal(frame);
      if (reason === null) continue;
      expect(await sendAndAwaitClose(frame)).toEqual(closedWith(reason));
      refused++;
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('left the room intact: same state on disk, the writer still connected and syncing', async () => {
    expect(stored()).toEqual(storedBefore);
    expect(writer.closes).toEqual([]);
    const reader = connectProvider(server, ROOM);
    try {
      await reader.synced();
      expect(reader.doc.getArray('shifts').toJSON()).toEqual(['Café Mo 9–12', 'Wäschedienst Di 10–12']);
      writer.doc.getText('notes').insert(0, '! ');
      await waitFor('reader gets new edit', () => reader.doc.getText('notes').toString().startsWith('! '));
    } finally {
      reader.destroy();
    }
  });
});
