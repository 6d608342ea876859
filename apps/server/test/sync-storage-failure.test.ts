/**
 * A real SQLite write failure (a trigger that aborts inserts, as a full disk would): nothing is broadcast,
 * every client of the room is closed with `storage-failed`, and once storage works again the clients' edits arrive.
 */
import { closeCodes } from '@schichtbrett/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W20';

let server: SyncTestServer;
let a: ProviderClient;
let b: ProviderClient;

beforeAll(async () => {
  server = await startSyncTestServer();
  a = connectProvider(server, ROOM);
  b = connectProvider(server, ROOM);
  await Promise.all([a.synced(), b.synced()]);
});

afterAll(async () => {
  a.destroy();
  b.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('storage failure', () => {
  it('broadcasts nothing and closes every client of the room with `storage-failed`', async () => {
    a.doc.getText('notes').insert(0, 'gespeichert');
    await waitFor('B got the stored edit', () => b.doc.getText('notes').toString() === 'gespeichert');
    const rowsStored = server.log.load(ROOM).length;

    server.database.sqlite.exec(
      "CREATE TRIGGER disk_full BEFORE INSERT ON sync_updates BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    );
    let textAtB: string | null = null;
    b.provider.once('connection-close', () => (textAtB = b.doc.getText('notes').toString()));
    a.doc.getText('notes').insert(0, 'nicht gespeichert, ');

    await waitFor('both closed', () => a.closes.length > 0 && b.closes.length > 0);
    expect(a.closes[0]).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(b.closes[0]).toEqual({ code: closeCodes['storage-failed'], reason: 'storage-failed' });
    expect(textAtB).toBe('gespeichert');
    expect(server.log.load(ROOM)).toHaveLength(rowsStored);
    expect(server.logs.find('appending to the update log failed; closing the room').length).toBeGreaterThan(0);
  });

  it('recovers once storage works again: the edit the server refused arrives from its author', async () => {
    server.database.sqlite.exec('DROP TRIGGER disk_full');
    await waitFor(
      'B sees the edit',
      () => b.doc.getText('notes').toString() === 'nicht gespeichert, gespeichert',
      10_000,
    );
    expect(server.log.load(ROOM).length).toBeGreaterThan(1);
  });
});
