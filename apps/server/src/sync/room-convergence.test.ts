/**
 * Seeded-random convergence in the style of Yjs' tests: simulated clients edit, messages travel in random
 * order and amounts, clients drop and come back; at the end everyone, and a fresh load of the log, agree.
 */
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docContent, randomEdits } from '../../test/support/random-edits';
import { SimulatedClient, settle, stampedUser, testIdentity } from '../../test/support/simulated-client';
import { createTestLogger } from '../../test/support/test-logger';
import { MemoryUpdateLog } from './memory-update-log';
import { Room } from './room';
import { foldUpdates } from './update-log';

const NAME = 'week/demo/2026-W10';

function runScenario(seed: number, { steps = 300, clients = 5, compactAfterRows = 40 } = {}) {
  const gen = prng.create(seed);
  const log = new MemoryUpdateLog();
  const options = {
    name: NAME,
    log,
    logger: createTestLogger('silent').logger,
    compactAfterRows,
    onEmpty: () => {},
    onFailed: () => {
      throw new Error('storage must not fail here');
    },
  };
  let room = new Room(options);
  const simulated = Array.from(
    { length: clients },
    (_, i) => new SimulatedClient(undefined, testIdentity('coordinator', { name: `k${i}` })),
  );
  for (const client of simulated) client.connect(room);

  for (let step = 0; step < steps; step++) {
    const client = prng.oneOf(gen, simulated);
    const action = prng.int32(gen, 0, 99);
    if (action < 40) randomEdits(gen, client.doc, prng.int32(gen, 1, 3));
    else if (action < 65) client.flushOutbox(prng.int32(gen, 1, 4));
    else if (action < 90) client.processInbox(prng.int32(gen, 1, 4));
    else if (action < 96) {
      if (client.isConnected) client.disconnect();
      else client.connect(room);
    } else if (action < 98) {
      client.awareness.setLocalState({ cursor: prng.int32(gen, 0, 100) });
    } else if (simulated.every((c) => !c.isConnected)) {
      // Everyone is gone: the room may be unloaded and later reloaded from the log.
      room.close();
      room = new Room(options);
    }
  }

  for (const client of simulated) if (!client.isConnected) client.connect(room);
  settle(simulated);
  // The provider renews its presence every 15 s; after a reconnect it only sees the others' states again
  // once they renewed theirs (their clocks did not change while it was away). See docs/sync-protocol.md.
  for (const client of simulated) {
    const local = client.awareness.getLocalState();
    if (local !== null) client.awareness.setLocalState(local);
  }
  settle(simulated);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, foldUpdates(log.load(NAME).map((row) => row.data)));
  const result = { simulated, stored, room, log };
  return result;
}

describe('Room convergence under random edits, delivery order and disconnects', () => {
  it.each(Array.from({ length: 12 }, (_, i) => 1000 + i))('seed %i: all clients and the log agree', (seed) => {
    const { simulated, stored, room } = runScenario(seed);
    const expected = docContent(stored);
    for (const client of simulated) {
      expect(docContent(client.doc)).toEqual(expected);
      expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(stored));
    }
    for (const client of simulated) {
      const local = client.awareness.getLocalState();
      // The others see the state with the identity the server stamped; the client keeps its own.
      const seen = local === null ? null : { ...local, user: stampedUser(client.identity) };
      for (const other of simulated) {
        expect(other.awareness.getStates().get(client.doc.clientID) ?? null).toEqual(other === client ? local : seen);
      }
    }
    room.close();
    for (const client of simulated) client.destroy();
  });

  it('compacts along the way without changing the outcome', () => {
    const { log, room, simulated } = runScenario(7, { steps: 600, compactAfterRows: 25 });
    expect(log.load(NAME)[0]?.isSnapshot).toBe(true);
    room.close();
    for (const client of simulated) client.destroy();
  });
});
