import { closeCodes } from '@schichtbrett/domain';
import type { RoomName } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FaultyMemoryLog } from '../../test/support/faulty-log';
import { coordinatorIdentity } from '../../test/support/simulated-client';
import { createTestLogger } from '../../test/support/test-logger';
import type { SyncConnection } from './close-codes';
import { decodeMessage, encodeMessage, type DecodedMessage } from './protocol';
import { RoomRegistry, type RoomRegistryOptions } from './room-registry';
import { foldUpdates, type UpdateLog } from './update-log';

const ROOM = 'week/demo/2026-W48';

/** A socket stand-in that records what the server sent and how it closed the connection. */
class RecordingConnection implements SyncConnection {
  readonly sent: DecodedMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  send(message: Uint8Array): void {
    const decoded = decodeMessage(message);
    if (!decoded.ok) throw new Error(`server sent a bad frame: ${decoded.reason}`);
    this.sent.push(decoded.message);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
}

function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return encodeMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc) });
}

function storedText(log: UpdateLog, room = ROOM): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, foldUpdates(log.load(room).map((row) => row.data)));
  return doc.getText('notes').toString();
}

let registry: RoomRegistry;
function createRegistry(options: Partial<RoomRegistryOptions> = {}) {
  const logs = createTestLogger();
  const log = new FaultyMemoryLog();
  registry = new RoomRegistry({ log, logger: logs.logger, roomExists: (room) => room.center === 'demo', ...options });
  return { registry, log, logs };
}

/** Lets pending promise callbacks (room loading) run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
  registry?.close();
  vi.useRealTimers();
});

describe('RoomRegistry: joining', () => {
  it.each([
    ['a name of another form', 'plan/demo'],
    ['an invalid week', 'week/demo/2026-W60'],
    ['an invalid center slug', 'week/Demo!/2026-W48'],
    ['an unknown center', 'week/nirgendwo/2026-W48'],
  ])('closes the socket with `unknown-room` for %s and logs it', async (_name, roomName) => {
    const { registry, logs } = createRegistry();
    const connection = new RecordingConnection();
    registry.connect(roomName, connection, coordinatorIdentity);
    await flush();
    expect(connection.closed).toEqual({ code: closeCodes['unknown-room'], reason: 'unknown-room' });
    expect(logs.find('refused connection')).toMatchObject([{ room: roomName, reason: 'unknown-room' }]);
    expect(registry.loadedRooms()).toEqual([]);
  });

  it('queues frames that arrive while the room is loading and handles them in order', async () => {
    let confirm: (exists: boolean) => void = () => {};
    const { registry, log } = createRegistry({
      roomExists: () => new Promise<boolean>((resolve) => (confirm = resolve)),
    });
    const connection = new RecordingConnection();
    const session = registry.connect(ROOM, connection, coordinatorIdentity);
    session.receive(encodeMessage({ kind: 'sync-step-1', stateVector: new Uint8Array([0]) }));
    session.receive(updateFrame('erst'));
    session.receive(encodeMessage({ kind: 'sync-step-1', stateVector: new Uint8Array([0]) }));
    await flush();
    expect(connection.sent).toEqual([]);

    confirm(true);
    await flush();
    expect(connection.sent.map((m) => m.kind)).toEqual(['sync-step-1', 'sync-step-2', 'sync-step-2']);
    const [, before, after] = connection.sent;
    const text = (m: DecodedMessage | undefined) => {
      const doc = new Y.Doc();
      if (m?.kind === 'sync-step-2') Y.applyUpdate(doc, m.update);
      return doc.getText('notes').toString();
    };
    expect([text(before), text(after)]).toEqual(['', 'erst']);
    expect(storedText(log)).toBe('erst');
  });

  it('loads a room once for concurrent joins', async () => {
    const lookups: RoomName[] = [];
    const { registry } = createRegistry({ roomExists: async (room) => (lookups.push(room), true) });
    registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    await flush();
    expect(lookups).toHaveLength(1);
    expect(registry.loadedRooms()).toEqual([ROOM]);
  });

  it('refuses text frames with `malformed-message`', async () => {
    const { registry, logs } = createRegistry();
    const connection = new RecordingConnection();
    registry.connect(ROOM, connection, coordinatorIdentity).receive('hallo');
    await flush();
    expect(connection.closed).toEqual({ code: closeCodes['malformed-message'], reason: 'malformed-message' });
    expect(logs.find('refused frame')).toMatchObject([
      { room: ROOM, reason: 'malformed-message', detail: 'text frame' },
    ]);
  });

  it('closes with `internal-error` when the center lookup fails', async () => {
    const { registry } = createRegistry({
      roomExists: () => Promise.reject(new Error('database locked')),
    });
    const connection = new RecordingConnection();
    registry.connect(ROOM, connection, coordinatorIdentity);
    await flush();
    expect(connection.closed).toEqual({ code: closeCodes['internal-error'], reason: 'internal-error' });
  });
});

describe('RoomRegistry: options', () => {
  it('treats options passed as undefined as their defaults', async () => {
    const { registry, log } = createRegistry({ compactAfterRows: undefined, unloadAfterMs: undefined });
    const session = registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    for (const text of ['a', 'b', 'c']) session.receive(updateFrame(text));
    await flush();
    expect(log.load(ROOM).map((row) => row.isSnapshot)).toEqual([false, false, false]);
  });
});

describe('RoomRegistry: unloading', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });

  it('unloads a room once it was empty for the grace period, not before', async () => {
    const { registry } = createRegistry({ unloadAfterMs: 1000 });
    const session = registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    await flush();
    session.disconnected();
    vi.advanceTimersByTime(999);
    expect(registry.loadedRooms()).toEqual([ROOM]);
    vi.advanceTimersByTime(1);
    expect(registry.loadedRooms()).toEqual([]);
  });

  it('keeps a room that someone rejoined during the grace period', async () => {
    const { registry } = createRegistry({ unloadAfterMs: 1000 });
    registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity).disconnected();
    await flush();
    vi.advanceTimersByTime(500);
    registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    await flush();
    vi.advanceTimersByTime(5000);
    expect(registry.loadedRooms()).toEqual([ROOM]);
  });

  it('reloads an unloaded room from the log with all its state', async () => {
    const { registry } = createRegistry({ unloadAfterMs: 1000 });
    const first = registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    first.receive(updateFrame('bleibt'));
    await flush();
    first.disconnected();
    vi.advanceTimersByTime(1000);
    const connection = new RecordingConnection();
    registry
      .connect(ROOM, connection, coordinatorIdentity)
      .receive(encodeMessage({ kind: 'sync-step-1', stateVector: new Uint8Array([0]) }));
    await flush();
    const reply = connection.sent[1];
    const doc = new Y.Doc();
    if (reply?.kind === 'sync-step-2') Y.applyUpdate(doc, reply.update);
    expect(doc.getText('notes').toString()).toBe('bleibt');
  });
});

describe('RoomRegistry: server changes', () => {
  it('loads the room if needed, stores and broadcasts the change', async () => {
    const { registry, log } = createRegistry();
    const connection = new RecordingConnection();
    registry.connect('week/demo/2026-W49', connection, coordinatorIdentity);
    await flush();
    const result = await registry.changeDocument(ROOM, (doc) => doc.getText('notes').insert(0, 'vom Server'));
    expect(result).toEqual({ ok: true, value: undefined });
    expect(storedText(log)).toBe('vom Server');
    expect(registry.loadedRooms().sort()).toEqual([ROOM, 'week/demo/2026-W49'].sort());
    expect(connection.sent.filter((m) => m.kind === 'update')).toEqual([]);

    const watcher = new RecordingConnection();
    registry.connect(ROOM, watcher, coordinatorIdentity);
    await flush();
    await registry.changeDocument(ROOM, (doc) => doc.getText('notes').insert(0, '+'));
    expect(watcher.sent.map((m) => m.kind)).toEqual(['sync-step-1', 'update']);
  });

  it('refuses unknown rooms', async () => {
    const { registry } = createRegistry();
    expect(await registry.changeDocument('week/nirgendwo/2026-W48', () => 1)).toEqual({
      ok: false,
      reason: 'unknown-room',
    });
    expect(await registry.changeDocument('nonsense', () => 1)).toEqual({ ok: false, reason: 'unknown-room' });
  });
});

describe('RoomRegistry: failure and shutdown', () => {
  it('drops a room whose storage failed and reloads it from the log on the next join', async () => {
    const { registry, log } = createRegistry();
    const session = registry.connect(ROOM, new RecordingConnection(), coordinatorIdentity);
    session.receive(updateFrame('sicher'));
    await flush();
    log.failAppends = true;
    const failing = new RecordingConnection();
    registry.connect(ROOM, failing, coordinatorIdentity).receive(updateFrame('weg'));
    await flush();
    expect(failing.closed).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(registry.loadedRooms()).toEqual([]);

    log.failAppends = false;
    const connection = new RecordingConnection();
    registry
      .connect(ROOM, connection, coordinatorIdentity)
      .receive(encodeMessage({ kind: 'sync-step-1', stateVector: new Uint8Array([0]) }));
    await flush();
    const reply = connection.sent[1];
    const doc = new Y.Doc();
    if (reply?.kind === 'sync-step-2') Y.applyUpdate(doc, reply.update);
    expect(doc.getText('notes').toString()).toBe('sicher');
  });

  it('closes joined and still-loading sockets with `server-shutting-down` and refuses new ones', async () => {
    let confirm: (exists: boolean) => void = () => {};
    const { registry } = createRegistry({
      roomExists: (room) =>
        room.kind === 'week' && room.week.week === 48 ? true : new Promise<boolean>((resolve) => (confirm = resolve)),
    });
    const joined = new RecordingConnection();
    const waiting = new RecordingConnection();
    registry.connect(ROOM, joined, coordinatorIdentity);
    await flush();
    registry.connect('week/demo/2026-W49', waiting, coordinatorIdentity);
    await flush();
    registry.close();
    confirm(true);
    await flush();
    const late = new RecordingConnection();
    registry.connect(ROOM, late, coordinatorIdentity);
    for (const connection of [joined, waiting, late]) {
      expect(connection.closed).toEqual({ code: closeCodes['server-shutting-down'], reason: 'server-shutting-down' });
    }
    expect(registry.loadedRooms()).toEqual([]);
  });
});
