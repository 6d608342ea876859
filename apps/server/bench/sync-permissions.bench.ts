/**
 * What the per-message check costs: one small edit accepted from a coordinator (tried on the room's probe
 * for keys and texts since issue 11) and from a team lead (also for its areas), in a week of 500 shifts with 20 listeners; plus a
 * volunteer's empty sync step 2 and the probe rebuild a refused update causes. Compare the means.
 * In-memory log, so that the check is not hidden behind SQLite's append.
 */
import { addShift, initWeekDoc, updateShift, weekAccessOf, type Role } from '@schichtbrett/domain';
import { pino } from 'pino';
import { bench, describe } from 'vitest';
import * as Y from 'yjs';
import type { SyncConnection } from '../src/sync/close-codes';
import type { SyncIdentity } from '../src/sync/identity';
import { MemoryUpdateLog } from '../src/sync/memory-update-log';
import { encodeMessage } from '../src/sync/protocol';
import { Room } from '../src/sync/room';

const SHIFTS = 500;
const EDITS = 30_000;
const options = { time: 0, iterations: 20_000, warmupTime: 0, warmupIterations: 200 };
const logger = pino({ level: 'silent' });

function identity(role: Role): SyncIdentity {
  return {
    userId: role,
    sessionId: role,
    personId: role,
    displayName: role,
    role,
    access: weekAccessOf({ center: 'bench', personId: role, role, areaIds: ['area-0'], displayName: role }),
  };
}

/** A week with `SHIFTS` shifts in 10 areas, as one update. */
function weekState(): Uint8Array {
  const doc = new Y.Doc();
  initWeekDoc(doc, { center: 'bench', week: { year: 2026, week: 1 } }, 'seed');
  for (let i = 0; i < SHIFTS; i++) {
    addShift(
      doc,
      `s${i}`,
      { areaId: `area-${i % 10}`, date: '2026-01-01', start: '09:00', end: '12:00', needed: 2, notes: '' },
      'seed',
    );
  }
  return Y.encodeStateAsUpdate(doc);
}

/** `EDITS` successive note edits of shifts of area-0 by one client, as update frames. */
function noteEdits(state: Uint8Array): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => frames.push(encodeMessage({ kind: 'update', update })));
  for (let i = 0; i < EDITS; i++) updateShift(doc, `s${(i % (SHIFTS / 10)) * 10}`, { notes: `Notiz ${i}` }, 'bench');
  return frames;
}

/** A room holding `state`, with `sender` and 20 silent listeners joined. */
function openRoom(state: Uint8Array, sender: SyncConnection, role: Role): Room {
  const log = new MemoryUpdateLog();
  const name = 'week/bench/2026-W01';
  log.append(name, state);
  const room = new Room({ name, log, logger, compactAfterRows: 1_000_000, onEmpty: () => {}, onFailed: () => {} });
  room.join(sender, identity(role));
  for (let i = 0; i < 20; i++) room.join({ send: () => {}, close: () => {} }, identity('coordinator'));
  return room;
}

const state = weekState();
const edits = noteEdits(state);

describe(`accept one note edit (week of ${SHIFTS} shifts, 20 listeners)`, () => {
  for (const role of ['coordinator', 'team-lead'] as const) {
    const sender: SyncConnection = { send: () => {}, close: () => {} };
    const room = openRoom(state, sender, role);
    let next = 0;
    bench(
      role === 'coordinator' ? 'coordinator: keys and texts checked' : 'team lead: also areas checked',
      () => {
        room.receive(sender, edits[next++] as Uint8Array);
      },
      options,
    );
  }
});

describe('other paths', () => {
  const volunteer: SyncConnection = { send: () => {}, close: () => {} };
  const room = openRoom(state, volunteer, 'volunteer');
  // The stock client's sync step 2 when it holds the room already: no structs, its whole delete set.
  const upToDate = new Y.Doc();
  Y.applyUpdate(upToDate, state);
  for (let i = 0; i < 50; i++) updateShift(upToDate, `s${i}`, { needed: 3 }, 'x');
  const emptyStep2 = encodeMessage({
    kind: 'sync-step-2',
    update: Y.encodeStateAsUpdate(upToDate, Y.encodeStateVector(upToDate)),
  });
  room.changeDocument((doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(upToDate)));
  bench('volunteer: sync step 2 that changes nothing', () => room.receive(volunteer, emptyStep2), options);

  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  bench(
    'building a probe of the week (after a refused update)',
    () => {
      const probeState = Y.encodeStateAsUpdate(doc);
      const probe = new Y.Doc();
      Y.applyUpdate(probe, probeState);
      probe.destroy();
    },
    { time: 1000 },
  );
});
