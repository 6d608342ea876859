/**
 * Starts the whole installation in this process: database, demo seed or setup code, rooms, HTTP and
 * WebSocket. Refuses (StartupRefusal) a DATA_DIR or database file it must not use.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { countCenters, findCenterBySlug } from '@schichtbrett/db';
import { createApp } from './app';
import { argon2Passwords, type PasswordHasher } from './auth/password';
import { issueSetupCode, removeSetupCodeFile, type SetupCodeGate } from './auth/setup-code';
import { DEFAULT_DEMO_PASSWORD, type Config } from './config';
import { DEMO_ACCOUNT_EMAILS, DEMO_CENTER } from './seed/demo-data';
import { seedDemoIfEmpty } from './seed/seed-demo';
import type { Notifier } from './notify/notifier';
import { createRoomsWithProjection } from './rooms';
import { openInstallationDatabase } from './startup/open-installation-database';
import { projectStoredWeeks } from './week/project-stored-weeks';
import type { RoomRegistry } from './sync';
import { VERSION } from './version';
import { loadSvelteKitHandler } from './web/sveltekit-route';

export { DATABASE_FILE } from './startup/open-installation-database';
export { StartupRefusal } from './startup/startup-refusal';

export interface RunningServer {
  port: number;
  url: string;
  rooms: RoomRegistry;
  close(): Promise<void>;
}

export interface ServerOptions {
  logger: Logger;
  now?: () => Date;
  /** Passed to the room registry; tests shorten them. */
  roomUnloadAfterMs?: number;
  compactAfterRows?: number;
  /** argon2id by default; tests wrap it to observe verifications. */
  passwords?: PasswordHasher;
  /** Logs by default; tests record what would be sent. */
  notifier?: Notifier;
}

export async function startServer(config: Config, options: ServerOptions): Promise<RunningServer> {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const passwords = options.passwords ?? argon2Passwords;
  const { database, created } = await openInstallationDatabase(config.dataDir);
  // Only into a folder that had no database: an existing one without centers is a first run in progress.
  if (config.seedDemo && created) {
    const seed = await seedDemoIfEmpty(database.db, {
      now: now(),
      demoPasswordHash: await passwords.hash(config.demoPassword),
    });
    if (seed.seeded) logger.info({ rooms: seed.rooms }, 'seeded demo center');
  }
  let setupCode: SetupCodeGate | null = null;
  if ((await countCenters(database.db)) === 0) {
    const issued = issueSetupCode({ dataDir: config.dataDir });
    setupCode = issued.gate;
    // Plainly in the log, as Jupyter prints its token: whoever runs the server can read it, a visitor cannot.
    logger.warn(
      { setupCodeFile: issued.file },
      `Einrichtung: öffne ${config.origin}/einrichten und gib den Einrichtungscode ${issued.code} ein (er steht auch in ${issued.file}).`,
    );
  } else {
    removeSetupCodeFile(config.dataDir);
  }

  const roomsWithProjection = createRoomsWithProjection({
    database,
    logger,
    unloadAfterMs: options.roomUnloadAfterMs,
    compactAfterRows: options.compactAfterRows,
    now,
  });
  const rooms = roomsWithProjection.registry;
  await projectStoredWeeks(database.sqlite, roomsWithProjection, logger);

  let webHandler = null;
  if (config.webBuildDir && existsSync(join(config.webBuildDir, 'handler.js'))) {
    process.env.ORIGIN ??= config.origin;
    webHandler = await loadSvelteKitHandler(config.webBuildDir);
  } else if (config.webBuildDir) {
    logger.warn(
      { webBuildDir: config.webBuildDir },
      'web build not found: serving only /api and /sync (run pnpm build)',
    );
  }

  const { app, injectWebSocket } = createApp({
    db: database.db,
    rooms,
    events: roomsWithProjection.events,
    logger,
    now,
    version: VERSION,
    origin: config.origin,
    passwords,
    addressSource: { header: config.addressHeader, xffDepth: config.xffDepth },
    webHandler,
    maxFrameBytes: 8 * 1024 * 1024,
    notifier: options.notifier,
    setupCode,
  });

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started));
  });
  injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ port, url, origin: config.origin, dataDir: config.dataDir, version: VERSION }, 'listening');
  if (config.seedDemo && (await findCenterBySlug(database.db, DEMO_CENTER.slug))) {
    // The default password is no secret (README); a chosen one is not written to the log.
    const password = config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : '(DEMO_PASSWORD)';
    logger.info(
      { url: config.origin, accounts: DEMO_ACCOUNT_EMAILS, password },
      `demo: sign in at ${config.origin} as ${DEMO_ACCOUNT_EMAILS.slice(0, 3).join(', ')} or ehrenamt01…ehrenamt${DEMO_ACCOUNT_EMAILS.length - 3}@demo.test, password ${password}`,
    );
  }

  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    rooms,
    close() {
      closing ??= (async () => {
        await rooms.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await database.close();
      })();
      return closing;
    },
  };
}
