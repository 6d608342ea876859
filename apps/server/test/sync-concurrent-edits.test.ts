/**
 * Two coordinators edit the same shift at the same time, neither having seen the other's edit: one moves
 * its time while offline, the other puts someone on it. Both edits survive on both boards, in the
 * server's document and after a restart from SQLite (the fields are separate map entries, ADR 4).
 */
import { addShift, assignPerson, readShift, updateShift, type Shift } from '@schichtbrett/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { createDataDir, removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W48';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function serverShift(server: SyncTestServer): Promise<Shift | null> {
  const result = await server.registry.readDocument(ROOM, (doc) => readShift(doc, 's1'));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('two coordinators editing one shift concurrently', () => {
  it('keeps the new time and the new person everywhere, also after a restart', async () => {
    const dataDir = createDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const server = await startSyncTestServer({ dataDir });
    let running: SyncTestServer | null = server;
    cleanups.push(() => running?.close());
    const kora = server.coordinator;
    const cem = await server.signIn({ role: 'coordinator', name: 'Cem Koordination' });
    const a: ProviderClient = connectProvider(kora, ROOM);
    const b: ProviderClient = connectProvider(cem, ROOM);
    cleanups.push(
      () => a.destroy(),
      () => b.destroy(),
    );
    await Promise.all([a.synced(), b.synced()]);
    addShift(
      a.doc,
      's1',
      { areaId: 'cafe', date: '2026-11-24', start: '09:00', end: '12:00', needed: 2, notes: '' },
      'kora',
    );
    await waitFor('b has the shift', () => readShift(b.doc, 's1') !== null);

    a.provider.disconnect();
    updateShift(a.doc, 's1', { start: '10:00', end: '13:00' }, 'kora');
    assignPerson(b.doc, 's1', 'person-ben', 1, 'cem');
    await expect.poll(async () => (await serverShift(server))?.assigned).toEqual(['person-ben']);
    // Neither has seen the other's edit yet.
    expect(readShift(a.doc, 's1')).toMatchObject({ start: '10:00', assigned: [] });
    expect(readShift(b.doc, 's1')).toMatchObject({ start: '09:00', assigned: ['person-ben'] });

    a.provider.connect();
    const merged = { start: '10:00', end: '13:00', assigned: ['person-ben'] };
    await waitFor('both boards have both edits', () =>
      [a.doc, b.doc].every((doc) => {
        const shift = readShift(doc, 's1');
        return shift?.start === '10:00' && shift.assigned.includes('person-ben');
      }),
    );
    expect(readShift(a.doc, 's1')).toMatchObject(merged);
    expect(readShift(b.doc, 's1')).toMatchObject(merged);
    await expect.poll(() => serverShift(server)).toMatchObject(merged);

    a.destroy();
    b.destroy();
    await server.close();
    running = null;
    const restarted = await startSyncTestServer({ dataDir });
    running = restarted;
    expect(await serverShift(restarted)).toMatchObject(merged);
  });
});
