/**
 * A real sync server for integration tests: a Hono app with the sync route, a room registry on the
 * SQLite update log, served by @hono/node-server on a free port, with a data directory of its own.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { createApp } from '../../src/app';
import { defaultMaxFrameBytes } from '../../src/sync/hono-sync-route';
import { createRooms } from '../../src/rooms';
import type { RoomRegistry } from '../../src/sync/room-registry';
import { SqliteUpdateLog } from '../../src/sync/sqlite-update-log';
import { createTestLogger, type TestLogger } from './test-logger';

export const DATABASE_FILE = 'schichtbrett.sqlite';

export interface SyncTestServerOptions {
  /** Reuse a data directory (restart); a fresh temporary one by default. */
  dataDir?: string;
  /** Center slugs inserted into the centers table (if missing); rooms of other centers are unknown. */
  centers?: string[];
  compactAfterRows?: number;
  unloadAfterMs?: number;
  maxFrameBytes?: number;
  maxBufferedBytes?: number;
}

export interface SyncTestServer {
  /** Base URL for the y-websocket provider: `${serverUrl}/${room}` is the socket's address. */
  serverUrl: string;
  port: number;
  dataDir: string;
  database: DatabaseHandle;
  log: SqliteUpdateLog;
  registry: RoomRegistry;
  logs: TestLogger;
  /** Stops the server and closes the database; the data directory stays. */
  close(): Promise<void>;
}

export function createDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'schichtbrett-sync-'));
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

export async function startSyncTestServer(options: SyncTestServerOptions = {}): Promise<SyncTestServer> {
  const dataDir = options.dataDir ?? createDataDir();
  const database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  await migrateToLatest(database.db);
  for (const slug of options.centers ?? ['demo']) {
    await database.db
      .insertInto('centers')
      .values({ slug, name: `Zentrum ${slug}`, time_zone: 'Europe/Berlin', state_code: 'HE' })
      .onConflict((conflict) => conflict.column('slug').doNothing())
      .execute();
  }
  const logs = createTestLogger('info');
  const log = new SqliteUpdateLog(database.sqlite);
  // The production registry (center lookup, week meta), on a log the tests can read.
  const registry = createRooms({
    database,
    logger: logs.logger,
    log,
    compactAfterRows: options.compactAfterRows,
    unloadAfterMs: options.unloadAfterMs,
  });

  // The production app (with no web build), so these tests exercise the real /sync route.
  const { app, injectWebSocket, wss } = createApp({
    db: database.db,
    rooms: registry,
    logger: logs.logger,
    now: () => new Date(),
    version: '0.0.0-test',
    webHandler: null,
    maxFrameBytes: options.maxFrameBytes ?? defaultMaxFrameBytes,
    syncSocket: { maxBufferedBytes: options.maxBufferedBytes },
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;

  return {
    serverUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    dataDir,
    database,
    log,
    registry,
    logs,
    async close() {
      registry.close();
      // Give the close frames (1001) a moment to reach the clients, then cut what is left.
      const deadline = Date.now() + 1000;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await database.close();
    },
  };
}
