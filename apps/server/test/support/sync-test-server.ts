/**
 * A real sync server for integration tests: the production app with the sync route, a room registry on
 * the SQLite update log, served by @hono/node-server on a free port, with a data directory of its own.
 * Sockets need a session and the server's origin, as in production: the server signs in a coordinator of
 * every center at start (the default for clients), and `signIn` creates further accounts.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { setWeekStatus, type Role, type WeekStatus } from '@schichtbrett/domain';
import { createApp } from '../../src/app';
import { type RoomRegistry, SqliteUpdateLog, defaultMaxFrameBytes, serverOrigin } from '../../src/sync';
import type { DayClosedNotice, Notifier, StandInFoundNotice } from '../../src/notify/notifier';
import type { CenterEvents } from '../../src/live/center-events';
import { createRoomsWithProjection } from '../../src/rooms';
import { createTestAccount, ensureCenter } from './auth-fixtures';
import type { SyncEndpoint } from './sync-clients';
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

/** A signed-in test account: the server's endpoint with that account's session. */
export interface SignedIn extends SyncEndpoint {
  userId: string;
  personId: string;
}

/** The server itself is an endpoint too: with the session of a coordinator of every center. */
export interface SyncTestServer extends SyncEndpoint {
  /** Base URL for the y-websocket provider: `${serverUrl}/${room}` is the socket's address. */
  serverUrl: string;
  /** The app's ORIGIN, sent as `Origin` by every client. */
  origin: string;
  /** `schichtbrett_session=…` of the default coordinator. */
  cookie: string;
  /** The default coordinator, whose session `cookie` is. */
  coordinator: SignedIn;
  port: number;
  dataDir: string;
  database: DatabaseHandle;
  log: SqliteUpdateLog;
  registry: RoomRegistry;
  /** The live events hub behind `GET /api/centers/:center/events`. */
  events: CenterEvents;
  logs: TestLogger;
  /** A new account with a person of `role` in the first center (or `center`) and a session for it. */
  signIn(options: { role: Role; areaIds?: string[]; name?: string; center?: string }): Promise<SignedIn>;
  /** Sets a week room's status as the server would (new weeks are drafts, closed to all but coordinators). */
  setStatus(room: string, status: Exclude<WeekStatus, 'finalized'>): Promise<void>;
  /** Resolves once `template_shifts` follows every accepted template change. */
  templateProjected(): Promise<void>;
  /** Resolves once `weeks`, `week_shifts` and `shift_assignments` follow every accepted week change. */
  weeksProjected(): Promise<void>;
  /** What the notifier was asked to send, in order. */
  notices: DayClosedNotice[];
  /** What the notifier was asked to say about found stand-ins, in order. */
  standInNotices: StandInFoundNotice[];
  /** A JSON request to the app as `endpoint`, from the app's origin. */
  api(endpoint: SyncEndpoint, method: string, path: string, body?: unknown): Promise<Response>;
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
  const centers = options.centers ?? ['demo'];
  for (const slug of centers) await ensureCenter(database.db, slug);
  const logs = createTestLogger('info');
  const log = new SqliteUpdateLog(database.sqlite);
  // The production registry (center lookup, week meta), on a log the tests can read.
  const { registry, templateProjected, weeksProjected, events } = createRoomsWithProjection({
    database,
    logger: logs.logger,
    log,
    compactAfterRows: options.compactAfterRows,
    unloadAfterMs: options.unloadAfterMs,
  });
  const notices: DayClosedNotice[] = [];
  const standInNotices: StandInFoundNotice[] = [];
  const notifier: Notifier = {
    dayClosed: (notice) => void notices.push(notice),
    standInFound: (notice) => void standInNotices.push(notice),
  };

  // Listen first: the app's origin names the port.
  let fetch: (request: Request, env: unknown) => Response | Promise<Response> = () =>
    new Response(null, { status: 503 });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: (request, env) => fetch(request, env), port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const serverUrl = `ws://127.0.0.1:${port}/sync`;

  // The production app (with no web build), so these tests exercise the real /sync route.
  const { app, injectWebSocket, wss } = createApp({
    db: database.db,
    rooms: registry,
    events,
    logger: logs.logger,
    now: () => new Date(),
    version: '0.0.0-test',
    origin,
    webHandler: null,
    maxFrameBytes: options.maxFrameBytes ?? defaultMaxFrameBytes,
    syncSocket: { maxBufferedBytes: options.maxBufferedBytes },
    notifier,
  });
  fetch = (request, env) => app.fetch(request, env as never);
  injectWebSocket(server);

  const signIn: SyncTestServer['signIn'] = async ({ role, areaIds, name, center }) => {
    const account = await createTestAccount(database.db, {
      centerSlug: center ?? centers[0] ?? 'demo',
      role,
      areaIds,
      name: name ?? `Test ${role}`,
    });
    return { serverUrl, origin, cookie: account.cookie, userId: account.userId, personId: account.personId };
  };
  const coordinator = await signIn({ role: 'coordinator', name: 'Kora Koordination' });
  // A coordinator of every center, so that tests of other centers' rooms keep working with the default.
  for (const slug of centers.slice(1)) {
    const center = await database.db
      .selectFrom('centers')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('people')
      .values({
        id: `${coordinator.personId}-${slug}`,
        center_id: center.id,
        first_name: 'Kora',
        last_name: 'Koordination',
        email: null,
        phone: null,
        user_id: coordinator.userId,
        role: 'coordinator',
      })
      .execute();
  }

  const setStatus: SyncTestServer['setStatus'] = async (room, status) => {
    const result = await registry.changeDocument(room, (doc) => setWeekStatus(doc, status, serverOrigin));
    if (!result.ok) throw new Error(`setting the status of ${room} failed: ${result.reason}`);
  };
  const api: SyncTestServer['api'] = (endpoint, method, path, body) =>
    globalThis.fetch(`${origin}${path}`, {
      method,
      headers: {
        origin,
        ...(endpoint.cookie ? { cookie: endpoint.cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  return {
    setStatus,
    templateProjected,
    weeksProjected,
    notices,
    standInNotices,
    api,
    serverUrl,
    origin,
    cookie: coordinator.cookie,
    coordinator,
    signIn,
    port,
    dataDir,
    database,
    log,
    registry,
    events,
    logs,
    async close() {
      registry.close();
      // Give the close frames (`server-shutting-down`) a moment to reach the clients, then cut what is left.
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
