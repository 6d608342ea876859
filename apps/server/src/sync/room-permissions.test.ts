/**
 * Permissions per message: every client update is tried on the room's probe before it touches the
 * document (a coordinator's too, for its keys and texts); a refused one closes its sender with `update-refused` and
 * leaves no trace. Presence states
 * carry the identity the server stamped.
 */
import {
  addShift,
  assignPerson,
  closeCodes,
  initWeekDoc,
  removeShift,
  type ShiftInput,
  updateShift,
} from '@schichtbrett/domain';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SimulatedClient, settle, stampedUser, testIdentity } from '../../test/support/simulated-client';
import { createTestLogger } from '../../test/support/test-logger';
import type { SyncIdentity } from './identity';
import { MemoryUpdateLog } from './memory-update-log';
import { encodeAwarenessEntries, encodeMessage } from './protocol';
import { Room, type RoomOptions } from './room';

const NAME = 'week/demo/2026-W48';
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };
const kitchen: ShiftInput = { ...cafe, areaId: 'kitchen' };

const coordinator = testIdentity('coordinator', { name: 'Kora' });
const lead = testIdentity('team-lead', { name: 'Lea', areaIds: ['cafe'] });
const volunteer = testIdentity('volunteer', { name: 'Vito' });

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A room whose log holds a week with shift c1 (café) and k1 (kitchen); c1 was edited once (a deletion). */
function createRoom(options: Pick<RoomOptions, 'archivedAreas'> = {}) {
  const log = new MemoryUpdateLog();
  const seed = new Y.Doc();
  initWeekDoc(seed, { center: 'demo', week: { year: 2026, week: 48 } }, 'seed');
  addShift(seed, 'c1', cafe, 'seed');
  addShift(seed, 'k1', kitchen, 'seed');
  updateShift(seed, 'c1', { needed: 3 }, 'seed');
  log.append(NAME, Y.encodeStateAsUpdate(seed));
  const logs = createTestLogger();
  const room = new Room({
    name: NAME,
    log,
    logger: logs.logger,
    compactAfterRows: 500,
    onEmpty: () => {},
    onFailed: () => {},
    ...options,
  });
  cleanups.push(() => room.close());
  return { room, log, logs };
}

function client(identity: SyncIdentity, clientId?: number): SimulatedClient {
  const c = new SimulatedClient(clientId, identity);
  cleanups.push(() => c.destroy());
  return c;
}

/** The room's document as one update, read as the server (a transaction that changes nothing). */
function roomState(room: Room): Uint8Array {
  const result = room.changeDocument((doc) => Y.encodeStateAsUpdate(doc));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function joinAll(room: Room, ...clients: SimulatedClient[]): void {
  for (const c of clients) c.connect(room);
  settle(clients);
}

describe('Room permissions: team lead', () => {
  it('applies, stores and broadcasts edits of shifts in the own areas', () => {
    const { room, log } = createRoom();
    const l = client(lead);
    const k = client(coordinator);
    joinAll(room, l, k);
    const rows = log.load(NAME).length;

    updateShift(l.doc, 'c1', { notes: 'Kuchen' }, 'lea');
    addShift(l.doc, 'c2', { ...cafe, start: '14:00', end: '16:00' }, 'lea');
    assignPerson(l.doc, 'c2', 'person-vito', 1, 'lea');
    removeShift(l.doc, 'c1', 'lea');
    settle([l, k]);

    expect(l.closed).toBeNull();
    expect(log.load(NAME)).toHaveLength(rows + 4);
    expect(k.doc.getMap('shifts').has('c1')).toBe(false);
    expect(k.doc.getMap('shifts').has('c2')).toBe(true);
  });

  it.each<[string, (doc: Y.Doc) => unknown]>([
    ['editing a shift of another area', (doc) => updateShift(doc, 'k1', { needed: 5 }, 'lea')],
    ['assigning someone to a shift of another area', (doc) => assignPerson(doc, 'k1', 'person-lea', 1, 'lea')],
    ['deleting a shift of another area', (doc) => removeShift(doc, 'k1', 'lea')],
    ['moving a shift of another area into an own one', (doc) => updateShift(doc, 'k1', { areaId: 'cafe' }, 'lea')],
    ['moving an own shift into another area', (doc) => updateShift(doc, 'c1', { areaId: 'kitchen' }, 'lea')],
    ['adding a shift in another area', (doc) => addShift(doc, 'k2', kitchen, 'lea')],
    ['changing meta', (doc) => doc.getMap('meta').set('week', '2026-W49')],
    ['writing an unknown root type', (doc) => doc.getText('notes').insert(0, 'x')],
  ])('refuses %s with `update-refused` and leaves no trace', (_name, edit) => {
    const { room, log, logs } = createRoom();
    const l = client(lead);
    const k = client(coordinator);
    joinAll(room, l, k);
    const state = roomState(room);
    const rows = log.load(NAME).length;
    const receivedByOther = k.received.length;

    edit(l.doc);
    l.flushOutbox();

    expect(l.closed).toEqual({ code: closeCodes['update-refused'], reason: 'update-refused' });
    expect(roomState(room)).toEqual(state);
    expect(log.load(NAME)).toHaveLength(rows);
    settle([k]);
    expect(k.received.length).toBe(receivedByOther);
    expect(k.closed).toBeNull();
    expect(logs.find('refused frame')).toMatchObject([{ room: NAME, reason: 'update-refused', userId: lead.userId }]);
  });

  it('refuses the whole update when only a part of it is not allowed', () => {
    const { room, log } = createRoom();
    const l = client(lead);
    joinAll(room, l);
    const state = roomState(room);
    l.doc.transact(() => {
      updateShift(l.doc, 'c1', { notes: 'erlaubt' }, 'lea');
      updateShift(l.doc, 'k1', { notes: 'nicht erlaubt' }, 'lea');
    });
    l.flushOutbox();
    expect(l.closed?.code).toBe(closeCodes['update-refused']);
    expect(roomState(room)).toEqual(state);
    expect(log.load(NAME)).toHaveLength(1);
  });

  it('refuses an update whose dependencies are missing, since they would be applied later unchecked', () => {
    const { room } = createRoom();
    const l = client(lead);
    joinAll(room, l);
    const state = roomState(room);
    addShift(l.doc, 'c2', cafe, 'lea');
    updateShift(l.doc, 'c2', { needed: 4 }, 'lea');
    // Only the second update arrives.
    l.outbox.shift();
    l.flushOutbox();
    expect(l.closed?.code).toBe(closeCodes['update-refused']);
    expect(roomState(room)).toEqual(state);
  });

  it('judges by the areas as others changed them meanwhile (the probe follows every accepted update)', () => {
    const { room } = createRoom();
    const l = client(lead);
    const k = client(coordinator);
    joinAll(room, l, k);
    // The probe exists from the lead's first update on.
    updateShift(l.doc, 'c1', { notes: 'erste' }, 'lea');
    settle([l, k]);

    updateShift(k.doc, 'k1', { areaId: 'cafe' }, 'kora');
    room.changeDocument((doc) => updateShift(doc, 'c1', { areaId: 'kitchen' }, 'server'));
    settle([l, k]);

    updateShift(l.doc, 'k1', { notes: 'jetzt meine' }, 'lea');
    settle([l, k]);
    expect(l.closed).toBeNull();
    expect(k.doc.getMap('shifts').get('k1')).toBeInstanceOf(Y.Map);
    expect((k.doc.getMap('shifts').get('k1') as Y.Map<unknown>).get('notes')).toBe('jetzt meine');

    updateShift(l.doc, 'c1', { notes: 'nicht mehr meine' }, 'lea');
    l.flushOutbox();
    expect(l.closed?.code).toBe(closeCodes['update-refused']);
  });

  it('stays in step when a coordinator update arrives before its dependencies', () => {
    const { room } = createRoom();
    const l = client(lead);
    const k = client(coordinator);
    joinAll(room, l, k);
    updateShift(l.doc, 'c1', { notes: 'Probe anlegen' }, 'lea');
    settle([l, k]);

    addShift(k.doc, 'c2', cafe, 'kora');
    updateShift(k.doc, 'c2', { areaId: 'kitchen' }, 'kora');
    const [created, moved] = k.outbox.splice(0);
    room.receive(k, moved as Uint8Array);
    room.receive(k, created as Uint8Array);
    settle([l, k]);
    expect((l.doc.getMap('shifts').get('c2') as Y.Map<unknown>).get('areaId')).toBe('kitchen');

    updateShift(l.doc, 'c2', { notes: 'Küche' }, 'lea');
    l.flushOutbox();
    expect(l.closed?.code).toBe(closeCodes['update-refused']);
  });

  it('checks the next connection against the real document after a refusal', () => {
    const { room, log } = createRoom();
    const l = client(lead);
    joinAll(room, l);
    removeShift(l.doc, 'k1', 'lea');
    l.flushOutbox();
    expect(l.closed?.code).toBe(closeCodes['update-refused']);

    // The client throws its copy away and loads the room again.
    const again = client(lead);
    joinAll(room, again);
    expect(again.doc.getMap('shifts').has('k1')).toBe(true);
    updateShift(again.doc, 'c1', { notes: 'neu geladen' }, 'lea');
    settle([again]);
    expect(again.closed).toBeNull();
    expect(log.load(NAME)).toHaveLength(2);
  });
});

describe('Room permissions: volunteer', () => {
  it('lets the sync step 2 of an up-to-date client pass and refuses any change', () => {
    const { room, log, logs } = createRoom();
    const k = client(coordinator);
    joinAll(room, k);
    // A volunteer who already holds the room (with its deletions): its step 2 carries the delete set.
    const v = client(volunteer);
    Y.applyUpdate(v.doc, Y.encodeStateAsUpdate(k.doc));
    joinAll(room, v, k);
    expect(v.closed).toBeNull();
    expect(logs.find('refused frame')).toEqual([]);
    expect(log.load(NAME)).toHaveLength(1);

    updateShift(k.doc, 'c1', { notes: 'vom Büro' }, 'kora');
    settle([k, v]);
    expect((v.doc.getMap('shifts').get('c1') as Y.Map<unknown>).get('notes')).toBe('vom Büro');

    const state = roomState(room);
    assignPerson(v.doc, 'c1', volunteer.personId, 1, 'vito');
    v.flushOutbox();
    expect(v.closed).toEqual({ code: closeCodes['update-refused'], reason: 'update-refused' });
    expect(roomState(room)).toEqual(state);
    expect(log.load(NAME)).toHaveLength(2);
  });

  it('refuses offline changes the volunteer sends in its sync step 2', () => {
    const { room, log } = createRoom();
    const v = client(volunteer);
    joinAll(room, v);
    v.disconnect();
    updateShift(v.doc, 'c1', { notes: 'offline' }, 'vito');
    v.connect(room);
    settle([v]);
    expect(v.closed?.code).toBe(closeCodes['update-refused']);
    expect(log.load(NAME)).toHaveLength(1);
  });
});

describe('Room permissions: coordinator', () => {
  it('may change everything', () => {
    const { room, log } = createRoom();
    const k = client(coordinator);
    const l = client(lead);
    joinAll(room, k, l);
    updateShift(k.doc, 'k1', { areaId: 'cafe' }, 'kora');
    removeShift(k.doc, 'c1', 'kora');
    k.doc.getMap('meta').set('note', 'frei');
    settle([k, l]);
    expect(k.closed).toBeNull();
    expect(log.load(NAME)).toHaveLength(4);
    expect(l.doc.getMap('meta').get('note')).toBe('frei');
  });

  it.each<[string, (doc: Y.Doc) => void]>([
    [
      'a shift key that would inject iCal lines',
      (doc) => {
        const shift = new Y.Map<unknown>();
        for (const [field, value] of Object.entries(cafe)) shift.set(field, value);
        doc.getMap('shifts').set('x\r\nX-INJECTED:1', shift);
      },
    ],
    [
      'notes with a direction override',
      (doc) => (doc.getMap('shifts').get('c1') as Y.Map<unknown>).set('notes', '\u202Egnp.exe'),
    ],
  ])('is refused like everyone for %s (`update-refused`), and nothing is stored or sent', (_name, edit) => {
    const { room, log, logs } = createRoom();
    const k = client(coordinator);
    const other = client(coordinator);
    joinAll(room, k, other);
    const state = roomState(room);
    const receivedByOther = other.received.length;

    edit(k.doc);
    k.flushOutbox();

    expect(k.closed).toEqual({ code: closeCodes['update-refused'], reason: 'update-refused' });
    expect(roomState(room)).toEqual(state);
    expect(log.load(NAME)).toHaveLength(1);
    settle([other]);
    expect(other.received.length).toBe(receivedByOther);
    expect(logs.find('refused frame')).toMatchObject([
      { room: NAME, reason: 'update-refused', detail: expect.stringContaining('invalid keys or texts') },
    ]);
  });
});

describe('Room presence: stamped identities', () => {
  it('replaces the user a client declares with the identity of its connection', () => {
    const { room } = createRoom();
    const l = client(lead, 11);
    const k = client(coordinator, 22);
    joinAll(room, l, k);
    l.awareness.setLocalState({ user: { name: 'Chefin', role: 'coordinator' }, cursor: 'c1' });
    settle([l, k]);
    expect(k.awareness.getStates().get(11)).toEqual({ user: stampedUser(lead), cursor: 'c1' });
    // A state without `user` gets one too.
    l.awareness.setLocalState({ cursor: 'k1' });
    settle([l, k]);
    expect(k.awareness.getStates().get(11)).toEqual({ user: stampedUser(lead), cursor: 'k1' });
  });

  it("drops states for another person's client ids, also their removal, and keeps the connection", () => {
    const { room, logs } = createRoom();
    const l = client(lead, 11);
    const k = client(coordinator, 22);
    joinAll(room, l, k);
    k.awareness.setLocalState({ cursor: 'k1' });
    settle([l, k]);

    l.sendRaw(
      encodeMessage({
        kind: 'awareness-update',
        update: encodeAwarenessEntries([{ clientId: 22, clock: 99, state: { cursor: 'gefälscht' } }]),
      }),
    );
    l.sendRaw(
      encodeMessage({
        kind: 'awareness-update',
        update: encodeAwarenessEntries([{ clientId: 22, clock: 100, state: null }]),
      }),
    );
    settle([l, k]);
    expect(l.closed).toBeNull();
    expect(l.awareness.getStates().get(22)).toEqual({ user: stampedUser(coordinator), cursor: 'k1' });
    expect(logs.find('dropped awareness states of other connections')).toMatchObject([
      { userId: lead.userId, clientIds: [22] },
      { userId: lead.userId, clientIds: [22] },
    ]);
  });

  it("lets a person's new connection take over its client id from the old one (reconnect overlap)", () => {
    const { room } = createRoom();
    const old = client(lead, 11);
    const k = client(coordinator, 22);
    joinAll(room, old, k);
    old.awareness.setLocalState({ cursor: 'alt' });
    settle([old, k]);
    // A second socket of the same person, with the same awareness client id, while the first is open.
    const fresh = client(lead, 33);
    joinAll(room, fresh, k);
    fresh.sendRaw(
      encodeMessage({
        kind: 'awareness-update',
        update: encodeAwarenessEntries([{ clientId: 11, clock: 5, state: { cursor: 'neu' } }]),
      }),
    );
    settle([fresh, k]);
    expect(k.awareness.getStates().get(11)).toEqual({ user: stampedUser(lead), cursor: 'neu' });
    // The old socket closing no longer removes the state, which belongs to the new one now.
    old.disconnect();
    settle([fresh, k]);
    expect(k.awareness.getStates().get(11)).toEqual({ user: stampedUser(lead), cursor: 'neu' });
  });

  it('stamps the states the stock provider echoes only for their owners', () => {
    const { room } = createRoom();
    const l = client(lead, 11);
    const v = client(volunteer, 44);
    joinAll(room, l, v);
    l.awareness.setLocalState({ cursor: 'c1' });
    settle([l, v]);
    // The volunteer's client echoed the lead's state back (the provider sends every change it sees).
    v.sendRaw(encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(v.awareness, [11]) }));
    settle([l, v]);
    expect(v.awareness.getStates().get(11)).toEqual({ user: stampedUser(lead), cursor: 'c1' });
  });
});

describe('Room permissions: archived areas', () => {
  it('asks for the archived areas only when an update adds or moves a shift', () => {
    let asked = 0;
    const { room } = createRoom({
      archivedAreas: () => {
        asked++;
        return new Set(['kitchen']);
      },
    });
    const k = client(coordinator);
    joinAll(room, k);

    updateShift(k.doc, 'k1', { notes: 'Altes Geschirr' }, 'kora');
    assignPerson(k.doc, 'k1', 'person-x', 1, 'kora');
    k.flushOutbox();
    expect(asked).toBe(0);
    addShift(k.doc, 'c2', { ...cafe, start: '14:00', end: '16:00' }, 'kora');
    k.flushOutbox();
    expect(asked).toBe(1);
    expect(k.closed).toBeNull();
    updateShift(k.doc, 'c2', { areaId: 'kitchen' }, 'kora');
    k.flushOutbox();
    expect(k.closed).toEqual({ code: closeCodes['update-refused'], reason: 'update-refused' });
  });

  it('closes the sender with storage-failed when they cannot be read, keeps nothing, and goes on', () => {
    let readable = false;
    const { room, log } = createRoom({
      archivedAreas: () => {
        if (!readable) throw new Error('database is locked');
        return new Set<string>();
      },
    });
    const k = client(coordinator);
    joinAll(room, k);
    const state = roomState(room);
    addShift(k.doc, 'c2', cafe, 'kora');
    k.flushOutbox();
    expect(k.closed).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(roomState(room)).toEqual(state);
    expect(log.load(NAME)).toHaveLength(1);

    readable = true;
    const again = client(coordinator);
    joinAll(room, again);
    addShift(again.doc, 'c3', cafe, 'kora');
    again.flushOutbox();
    expect(again.closed).toBeNull();
    expect(log.load(NAME)).toHaveLength(2);
  });
});
