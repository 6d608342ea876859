import { closeCodes } from '@schichtbrett/domain';
import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FaultyMemoryLog } from '../../test/support/faulty-log';
import { docContent, randomEdits } from '../../test/support/random-edits';
import {
  coordinatorIdentity,
  SimulatedClient,
  settle,
  stampedUser,
  testIdentity,
} from '../../test/support/simulated-client';
import { createTestLogger } from '../../test/support/test-logger';
import { actAs } from './acting-person';
import { MemoryUpdateLog } from './memory-update-log';
import { decodeMessage, encodeMessage, type DecodedMessage } from './protocol';
import { Room, serverOrigin, type RoomOptions } from './room';
import { foldUpdates, type UpdateLog } from './update-log';

const NAME = 'week/demo/2026-W48';
/** What the others see as `user` of a default test client, whatever it declared. */
const stamp = stampedUser(coordinatorIdentity);

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function createRoom(options: Partial<RoomOptions> = {}) {
  const logs = createTestLogger();
  const events = { empty: 0, failed: 0 };
  const log = options.log ?? new MemoryUpdateLog();
  const room = new Room({
    name: NAME,
    logger: logs.logger,
    compactAfterRows: 500,
    onEmpty: () => events.empty++,
    onFailed: () => events.failed++,
    ...options,
    log,
  });
  cleanups.push(() => room.close());
  return { room, log, events, logs };
}

function client(clientId?: number): SimulatedClient {
  const c = new SimulatedClient(clientId);
  cleanups.push(() => c.destroy());
  return c;
}

function messages(c: SimulatedClient): DecodedMessage[] {
  return c.received.map((frame) => {
    const decoded = decodeMessage(frame);
    if (!decoded.ok) throw new Error(decoded.reason);
    return decoded.message;
  });
}

function freshLoad(log: UpdateLog): Uint8Array {
  return foldUpdates(log.load(NAME).map((row) => row.data));
}

describe('Room: sync', () => {
  it('sends its state vector on join and answers step 1 with what the client lacks', () => {
    const log = new MemoryUpdateLog();
    const seed = new Y.Doc();
    seed.getText('notes').insert(0, 'Café');
    log.append(NAME, Y.encodeStateAsUpdate(seed));
    const { room } = createRoom({ log });
    const a = client();
    a.connect(room);
    expect(messages(a)).toEqual([{ kind: 'sync-step-1', stateVector: Y.encodeStateVector(seed) }]);
    settle([a]);
    expect(messages(a)[1]?.kind).toBe('sync-step-2');
    expect(a.doc.getText('notes').toString()).toBe('Café');
  });

  it('converges clients, never echoes to the sender, and stores each update before sending it', () => {
    const { room, log } = createRoom();
    const a = client();
    const b = client();
    // B checks, at the moment a frame reaches it, that the update is already in the log.
    const unstored: DecodedMessage[] = [];
    const send = b.send.bind(b);
    b.send = (frame) => {
      const decoded = decodeMessage(frame);
      if (decoded.ok && decoded.message.kind === 'update') {
        const update = decoded.message.update;
        const stored = log.load(NAME).some((row) => Buffer.from(row.data).equals(Buffer.from(update)));
        if (!stored) unstored.push(decoded.message);
      }
      send(frame);
    };
    a.connect(room);
    b.connect(room);
    settle([a, b]);
    const receivedBefore = a.received.length;
    a.doc.getArray<string>('shifts').push(['Café Mo 9–12']);
    b.doc.getMap('meta').set('title', 'KW 48');
    settle([a, b]);
    expect(docContent(a.doc)).toEqual(docContent(b.doc));
    expect(a.doc.getArray('shifts').toJSON()).toEqual(['Café Mo 9–12']);
    expect(unstored).toEqual([]);
    // A got B's update but not its own back.
    expect(
      messages(a)
        .slice(receivedBefore)
        .filter((m) => m.kind === 'update'),
    ).toHaveLength(1);
    expect(log.load(NAME)).toHaveLength(2);
  });

  it('attributes every stored update: the socket’s person, or whom a server command runs for', () => {
    const log = new MemoryUpdateLog();
    const { room } = createRoom({ log });
    const anna = client(1);
    const carl = new SimulatedClient(2, testIdentity('coordinator', { name: 'Carl C.' }));
    cleanups.push(() => carl.destroy());
    anna.connect(room);
    carl.connect(room);
    settle([anna, carl]);
    anna.doc.getMap('meta').set('title', 'KW 48');
    settle([anna, carl]);
    carl.doc.getMap('meta').set('title', 'KW 48!');
    settle([anna, carl]);
    actAs({ personId: 'person-vera', displayName: 'Vera V.' }, () =>
      room.changeDocument((doc) => doc.getMap('meta').set('claimed', true)),
    );
    room.changeDocument((doc) => doc.getMap('meta').set('prepared', true));
    expect(log.history(NAME).map(({ via, personId, personName }) => [via, personId, personName])).toEqual([
      ['socket', 'person-coordinator', 'coordinator'],
      ['socket', 'person-Carl C.', 'Carl C.'],
      ['server', 'person-vera', 'Vera V.'],
      ['server', null, null],
    ]);
  });

  it('gives a late joiner the full state', () => {
    const { room } = createRoom();
    const a = client();
    a.connect(room);
    randomEdits(prng.create(1), a.doc, 30);
    settle([a]);
    const late = client();
    late.connect(room);
    settle([a, late]);
    expect(docContent(late.doc)).toEqual(docContent(a.doc));
  });

  it('loads its state from the log, so a reloaded room equals the old one', () => {
    const { room, log } = createRoom();
    const a = client();
    a.connect(room);
    randomEdits(prng.create(2), a.doc, 40);
    settle([a]);
    room.close();
    const { room: reloaded } = createRoom({ log });
    const b = client();
    b.connect(reloaded);
    settle([b]);
    expect(docContent(b.doc)).toEqual(docContent(a.doc));
  });
});

describe('Room: awareness', () => {
  it('relays presence to everyone and removes it when its connection leaves', () => {
    const { room } = createRoom();
    const a = client(101);
    const b = client(202);
    a.connect(room);
    b.connect(room);
    a.awareness.setLocalState({ user: 'Ada' });
    settle([a, b]);
    expect(b.awareness.getStates().get(101)).toEqual({ user: stamp });

    const late = client(303);
    late.connect(room);
    settle([a, b, late]);
    expect(late.awareness.getStates().get(101)).toEqual({ user: stamp });

    a.disconnect();
    settle([b, late]);
    expect(b.awareness.getStates().has(101)).toBe(false);
    expect(late.awareness.getStates().has(101)).toBe(false);
  });

  it('lets a client that reconnects with an unchanged clock back in at once', () => {
    const { room } = createRoom();
    const a = client(101);
    const b = client(202);
    a.connect(room);
    b.connect(room);
    a.awareness.setLocalState({ user: 'Ada' });
    settle([a, b]);
    a.disconnect();
    settle([b]);
    expect(b.awareness.getStates().has(101)).toBe(false);

    a.connect(room);
    settle([a, b]);
    expect(b.awareness.getStates().get(101)).toEqual({ user: stamp });
    a.awareness.setLocalState({ user: 'Ada', cursor: 3 });
    settle([a, b]);
    expect(b.awareness.getStates().get(101)).toEqual({ user: stamp, cursor: 3 });
  });

  it('answers query-awareness with every state', () => {
    const { room } = createRoom();
    const a = client(1);
    const b = client(2);
    a.connect(room);
    b.connect(room);
    a.awareness.setLocalState({ user: 'Ada' });
    settle([a, b]);
    b.received.length = 0;
    b.sendRaw(encodeMessage({ kind: 'query-awareness' }));
    const [reply] = messages(b);
    expect(reply?.kind === 'awareness-update' && reply.entries.map((e) => e.clientId)).toEqual([1]);
  });
});

describe('Room: refusals', () => {
  it.each([
    ['a truncated frame', [0, 2, 9, 1], closeCodes['malformed-message'], 'malformed-message'],
    ['an auth message', [2, 0, 0], closeCodes['unsupported-message-type'], 'unsupported-message-type'],
    ['an undecodable Yjs update', [0, 2, 3, 1, 2, 3], closeCodes['update-rejected'], 'update-rejected'],
  ])('closes only the sender of %s and keeps the room intact', (_name, bytes, code, reason) => {
    const { room, log, logs } = createRoom();
    const a = client();
    const b = client();
    a.connect(room);
    b.connect(room);
    a.doc.getText('notes').insert(0, 'vorher');
    settle([a, b]);
    const stored = freshLoad(log);

    b.sendRaw(new Uint8Array(bytes));
    expect(b.closed).toEqual({ code, reason });
    expect(a.closed).toBeNull();
    expect(freshLoad(log)).toEqual(stored);
    expect(logs.find('refused frame')).toMatchObject([{ room: NAME, reason }]);

    a.doc.getText('notes').insert(0, 'nachher ');
    const c = client();
    c.connect(room);
    settle([a, c]);
    expect(c.doc.getText('notes').toString()).toBe('nachher vorher');
  });

  it('ignores frames of a connection it closed', () => {
    const { room, log } = createRoom();
    const a = client();
    a.connect(room);
    a.sendRaw(new Uint8Array([9]));
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'zu spät');
    room.receive(a, encodeMessage({ kind: 'update', update: Y.encodeStateAsUpdate(other) }));
    expect(log.load(NAME)).toEqual([]);
  });
});

describe('Room: admission', () => {
  /** Volunteers are admitted while the document's `open` flag is set. */
  const admission: RoomOptions['admission'] = (doc, identity) =>
    identity.role === 'volunteer' && doc.getMap('meta').get('open') !== true ? 'not-published' : null;

  it('closes a connection it does not admit before sending it anything', () => {
    const { room, events } = createRoom({ admission });
    const volunteer = new SimulatedClient(undefined, testIdentity('volunteer'));
    cleanups.push(() => volunteer.destroy());
    volunteer.connect(room);
    expect(volunteer.closed).toEqual({ code: closeCodes['not-published'], reason: 'not-published' });
    expect(volunteer.received).toEqual([]);
    expect(room.connectionCount).toBe(0);
    expect(events.empty).toBe(1);
  });

  it('closes connections an accepted update no longer admits, before sending it to them', () => {
    const { room } = createRoom({ admission });
    room.changeDocument((doc) => doc.getMap('meta').set('open', true));
    const coordinator = client();
    const volunteer = new SimulatedClient(undefined, testIdentity('volunteer'));
    cleanups.push(() => volunteer.destroy());
    coordinator.connect(room);
    volunteer.connect(room);
    settle([coordinator, volunteer]);
    expect(volunteer.doc.getMap('meta').get('open')).toBe(true);

    coordinator.doc.getMap('meta').set('open', false);
    settle([coordinator, volunteer]);
    expect(volunteer.closed).toEqual({ code: closeCodes['not-published'], reason: 'not-published' });
    expect(volunteer.doc.getMap('meta').get('open')).toBe(true);
    expect(coordinator.closed).toBeNull();
    expect(room.connectionCount).toBe(1);
  });

  it('reports every accepted change, and survives a failing listener', () => {
    const seen: number[] = [];
    const { room, logs } = createRoom({
      onChanged: (doc) => {
        seen.push(doc.getArray('n').length);
        throw new Error('projection down');
      },
    });
    const a = client();
    a.connect(room);
    a.doc.getArray('n').push([1]);
    settle([a]);
    room.changeDocument((doc) => doc.getArray('n').push([2]));
    expect(seen).toEqual([1, 2]);
    expect(logs.find('change listener failed')).toHaveLength(2);
    expect(room.isOpen).toBe(true);
  });
});

describe('Room: storage failure', () => {
  it('broadcasts nothing, closes every connection with `storage-failed` and reports itself failed', () => {
    const log = new FaultyMemoryLog();
    const { room, events, logs } = createRoom({ log });
    const a = client();
    const b = client();
    a.connect(room);
    b.connect(room);
    a.doc.getText('notes').insert(0, 'gespeichert');
    settle([a, b]);
    const receivedBefore = b.received.length;

    log.failAppends = true;
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'verloren');
    room.receive(a, encodeMessage({ kind: 'update', update: Y.encodeStateAsUpdate(other) }));

    expect(b.received.length).toBe(receivedBefore);
    expect(a.closed).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(b.closed).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(events.failed).toBe(1);
    expect(room.isOpen).toBe(false);
    expect(logs.find('appending to the update log failed; closing the room')).toHaveLength(1);

    log.failAppends = false;
    const { room: reloaded } = createRoom({ log });
    const c = client();
    c.connect(reloaded);
    settle([c]);
    expect(c.doc.getText('notes').toString()).toBe('gespeichert');
  });

  it('reports a failed server change as storage-failed', () => {
    const log = new FaultyMemoryLog();
    const { room } = createRoom({ log });
    log.failAppends = true;
    expect(room.changeDocument((doc) => doc.getMap('meta').set('x', 1))).toEqual({
      ok: false,
      reason: 'storage-failed',
    });
  });
});

describe('Room: server changes', () => {
  it('applies a change as the server in one transaction, stores it and sends it to everyone', () => {
    const { room, log } = createRoom();
    const a = client();
    const b = client();
    a.connect(room);
    b.connect(room);
    settle([a, b]);
    const origins: unknown[] = [];
    const result = room.changeDocument((doc) => {
      doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
      doc.getMap('meta').set('status', 'published');
      doc.getArray('shifts').push(['Mittagstisch']);
      return 'done';
    });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(origins).toEqual([serverOrigin]);
    expect(log.load(NAME)).toHaveLength(1);
    settle([a, b]);
    for (const c of [a, b]) expect(c.doc.getMap('meta').get('status')).toBe('published');
  });
});

describe('Room: compaction', () => {
  it('keeps the state byte-identical when folding the log into one snapshot', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { room, log } = createRoom();
      const gen = prng.create(seed);
      const writers = [client(), client(), client()];
      for (const w of writers) w.connect(room);
      for (let round = 0; round < 20; round++) {
        randomEdits(gen, prng.oneOf(gen, writers).doc, 5);
        settle(writers);
      }
      const before = freshLoad(log);
      expect(log.load(NAME).length).toBeGreaterThan(50);
      room.compact();
      expect(log.load(NAME)).toMatchObject([{ isSnapshot: true }]);
      expect(freshLoad(log)).toEqual(before);
      room.close();
    }
  });

  it('compacts by itself past the threshold and keeps syncing afterwards', () => {
    const { room, log, logs } = createRoom({ compactAfterRows: 10 });
    const a = client();
    a.connect(room);
    for (let i = 0; i < 35; i++) {
      a.doc.getArray<number>('shifts').push([i]);
      settle([a]);
    }
    expect(log.load(NAME).length).toBeLessThan(10);
    expect(log.load(NAME)[0]?.isSnapshot).toBe(true);
    expect(logs.find('compacted update log').length).toBeGreaterThanOrEqual(3);
    const late = client();
    late.connect(room);
    settle([a, late]);
    expect(late.doc.getArray('shifts').toJSON()).toEqual([...Array(35).keys()]);
  });
});

describe('Room: lifecycle', () => {
  it('reports when its last connection left', () => {
    const { room, events } = createRoom();
    const a = client();
    const b = client();
    a.connect(room);
    b.connect(room);
    a.disconnect();
    expect(events.empty).toBe(0);
    b.disconnect();
    expect(events.empty).toBe(1);
  });

  it('closes every connection with `server-shutting-down` when closed', () => {
    const { room } = createRoom();
    const a = client();
    a.connect(room);
    room.close();
    expect(a.closed).toEqual({ code: closeCodes['server-shutting-down'], reason: 'server-shutting-down' });
  });
});
