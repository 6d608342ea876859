/**
 * The one Hono app: JSON API under /api, the sync WebSocket under /sync/<room>, and SvelteKit for
 * everything else, in this order. Who is asking is established here, at the edge, for both.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '@schichtbrett/db';
import { actingMember } from './api/acting-member';
import { areaRoutes } from './api/areas';
import { firstStepsRoutes } from './api/first-steps';
import { weekHistoryRoutes } from './api/week-history';
import { apiError } from './api/api-error';
import { apiBodyLimit } from './api/body-size';
import type { ApiEnv } from './api/api-env';
import { authRoutes } from './api/auth';
import { calendarFeedRoutes, calendarRoutes } from './api/calendar';
import { centerEventRoutes } from './api/center-events';
import { centerRoutes } from './api/centers';
import { centerSettingsRoutes } from './api/center-settings';
import { claimRoutes } from './api/claims';
import { gapRoutes } from './api/gaps';
import { shiftRequestRoutes } from './api/shift-requests';
import { standInRoutes } from './api/stand-in';
import { healthRoutes } from './api/health';
import { invitationAnswerRoutes } from './api/invitation-answers';
import { invitationRoutes } from './api/invitations';
import { jsonBody } from './api/json-body';
import { passwordRoutes } from './api/password';
import { peopleRoutes } from './api/people';
import { PEOPLE_IMPORT_BODY_LIMIT_BYTES, PEOPLE_IMPORT_PATH, peopleImportRoutes } from './api/people-import';
import { peopleContextRoutes } from './api/people-context';
import { personRecordRoutes } from './api/person-records';
import { reportRoutes } from './api/reports';
import { setupRoutes } from './api/setup';
import { STORAGE_FAILURE_MESSAGES, storageFailureOf } from './api/storage-failure';
import { weekCommandRoutes } from './api/week-commands';
import { weekFinalizeRoutes } from './api/week-finalize';
import { PEER_ADDRESS, type AddressSource } from './auth/client-address';
import { csrfByOrigin } from './auth/csrf';
import { argon2Passwords, type PasswordHasher } from './auth/password';
import type { SetupCodeGate } from './auth/setup-code';
import { sessionMiddleware } from './auth/session-middleware';
import type { CenterEvents } from './live/center-events';
import { loggingNotifier, type Notifier } from './notify/notifier';
import { authorizeSyncUpgrade } from './auth/sync-upgrade';
import {
  type RoomRegistry,
  type SyncIdentity,
  type SyncWebSocketOptions,
  createSyncNodeWebSocket,
  syncWebSocketHandler,
} from './sync';
import { svelteKitRoute, type NodeHandler } from './web/sveltekit-route';

export interface AppDependencies {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  /** The live events of centers (`GET /api/centers/:center/events`), fed by the week projection. */
  events: CenterEvents;
  logger: Logger;
  now: () => Date;
  version: string;
  /**
   * The app's public origin (`ORIGIN`, e.g. `https://plan.example.org`): state-changing /api requests and
   * WebSocket upgrades are accepted only from it, and with https the session cookie is `Secure`.
   */
  origin: string;
  /** argon2id by default; tests wrap it to observe verifications. */
  passwords?: PasswordHasher;
  /** Where login throttling reads the client's address; the TCP peer by default. */
  addressSource?: AddressSource;
  /** adapter-node's handler; null serves only /api and /sync (tests, API-only deployments). */
  webHandler: NodeHandler | null;
  /** Largest WebSocket frame accepted; a larger one closes the socket with `message-too-big`. */
  maxFrameBytes: number;
  /** Keep-alive and slow-consumer limits of each sync socket; defaults suit production. */
  syncSocket?: SyncWebSocketOptions;
  /** Who hears of changes that concern people (a closed day); logs them by default. */
  notifier?: Notifier;
  /** The first run's one-time code while no center exists; without it, setup is refused. */
  setupCode?: SetupCodeGate | null;
}

type AppEnv = { Bindings: HttpBindings; Variables: { syncIdentity: SyncIdentity; roomName: string } };

/** API answers are personal (who is signed in, which centers): no shared or browser cache keeps them. */
const noStore = createMiddleware(async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

export function createApp(deps: AppDependencies) {
  const app = new Hono<AppEnv>();
  const { injectWebSocket, upgradeWebSocket, wss } = createSyncNodeWebSocket({
    app,
    maxFrameBytes: deps.maxFrameBytes,
  });
  const { origin } = deps;
  const sessions = { db: deps.db, now: deps.now, secureCookie: origin.startsWith('https:') };

  app.onError((error, c) => {
    // A full disk, a locked or read-only database: the server is fine, the storage cannot take it now.
    const storageFailure = storageFailureOf(error);
    if (storageFailure) {
      deps.logger.warn({ err: error, path: c.req.path, storageFailure }, 'storage refused a request');
      c.header('Retry-After', '30');
      return apiError(c, 503, 'unavailable', STORAGE_FAILURE_MESSAGES[storageFailure]);
    }
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'Ein interner Fehler ist aufgetreten. Bitte versuche es später noch einmal.');
  });

  const addressSource = deps.addressSource ?? PEER_ADDRESS;
  const bodyLimit = apiBodyLimit();
  const importBodyLimit = apiBodyLimit(PEOPLE_IMPORT_BODY_LIMIT_BYTES);
  const api = new Hono<ApiEnv>()
    // First, before any middleware reads the body. Only an uploaded list may be larger than 64 KB.
    .use((c, next) => (PEOPLE_IMPORT_PATH.test(c.req.path) ? importBodyLimit : bodyLimit)(c, next))
    .use(noStore)
    .use(csrfByOrigin(origin))
    .use(jsonBody)
    .use(sessionMiddleware(sessions))
    .use('/centers/:center/*', actingMember)
    .route('/health', healthRoutes({ db: deps.db, version: deps.version, now: deps.now }))
    .route(
      '/auth',
      authRoutes({
        db: deps.db,
        now: deps.now,
        passwords: deps.passwords ?? argon2Passwords,
        secureCookie: sessions.secureCookie,
        addressSource,
        rooms: deps.rooms,
      }),
    )
    .route('/centers', centerRoutes({ db: deps.db, now: deps.now }))
    .route('/centers/:slug/people/import', peopleImportRoutes({ db: deps.db, now: deps.now, origin }))
    .route('/centers/:slug/people', peopleRoutes({ db: deps.db, rooms: deps.rooms }))
    .route(
      '/centers/:center/weeks/:week',
      weekCommandRoutes({
        db: deps.db,
        rooms: deps.rooms,
        notifier: deps.notifier ?? loggingNotifier(deps.logger),
        logger: deps.logger,
        now: deps.now,
      }),
    )
    .route(
      '/centers/:center/weeks/:week',
      weekFinalizeRoutes({ db: deps.db, rooms: deps.rooms, logger: deps.logger, now: deps.now }),
    )
    .route('/centers/:center/weeks/:week', peopleContextRoutes({ db: deps.db }))
    .route('/centers/:center/weeks/:week', weekHistoryRoutes({ db: deps.db }))
    .route('/centers/:center', claimRoutes({ db: deps.db, rooms: deps.rooms, now: deps.now }))
    .route('/centers/:center', gapRoutes({ db: deps.db, rooms: deps.rooms, now: deps.now }))
    .route(
      '/centers/:center',
      shiftRequestRoutes({ db: deps.db, rooms: deps.rooms, events: deps.events, now: deps.now }),
    )
    .route(
      '/centers/:center',
      standInRoutes({
        db: deps.db,
        rooms: deps.rooms,
        notifier: deps.notifier ?? loggingNotifier(deps.logger),
        logger: deps.logger,
        now: deps.now,
      }),
    )
    .route('/centers/:center', personRecordRoutes({ db: deps.db, now: deps.now }))
    .route('/centers/:center', centerEventRoutes({ events: deps.events, now: deps.now }))
    .route('/centers/:center', reportRoutes({ db: deps.db }))
    .route('/centers/:center', areaRoutes({ db: deps.db, events: deps.events, now: deps.now }))
    .route('/centers/:center', firstStepsRoutes({ db: deps.db, now: deps.now }))
    .route('/centers/:center', centerSettingsRoutes({ db: deps.db, events: deps.events }))
    .route(
      '/auth/password',
      passwordRoutes({ db: deps.db, passwords: deps.passwords ?? argon2Passwords, rooms: deps.rooms }),
    )
    .route(
      '/setup',
      setupRoutes({
        db: deps.db,
        now: deps.now,
        passwords: deps.passwords ?? argon2Passwords,
        secureCookie: sessions.secureCookie,
        rooms: deps.rooms,
        setupCode: deps.setupCode ?? null,
        addressSource,
      }),
    )
    .route(
      '/invitations',
      invitationAnswerRoutes({ db: deps.db, now: deps.now, addressSource: deps.addressSource ?? PEER_ADDRESS }),
    )
    .route(
      '/',
      invitationRoutes({
        db: deps.db,
        now: deps.now,
        origin,
        secureCookie: sessions.secureCookie,
        rooms: deps.rooms,
        addressSource,
      }),
    )
    .route('/', calendarRoutes({ db: deps.db, now: deps.now, origin }));
  app.route('/api', api);
  // Explicit, so that the SvelteKit catch-all below never answers an /api path with an HTML page.
  app.all('/api/*', (c) => apiError(c, 404, 'not-found', `Diese Adresse gibt es nicht: ${c.req.method} ${c.req.path}`));

  app.get(
    '/sync/*',
    async (c, next) => {
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json({ error: 'upgrade-required', message: 'Dieser Pfad spricht nur WebSocket.' }, 426);
      }
      const roomName = roomNameOf(c.req.path);
      const decision = await authorizeSyncUpgrade(c, { ...sessions, origin, roomName });
      if (!decision.ok) {
        deps.logger.info({ room: roomName, status: decision.status, reason: decision.error }, 'refused upgrade');
        return apiError(c, decision.status, decision.error, decision.message);
      }
      c.set('roomName', roomName);
      c.set('syncIdentity', decision.identity);
      return next();
    },
    upgradeWebSocket((c) =>
      syncWebSocketHandler(deps.rooms, c.get('roomName'), {
        identity: c.get('syncIdentity'),
        logger: deps.logger,
        ...deps.syncSocket,
      }),
    ),
  );

  // Calendar feeds: outside /api (no session, no CSRF check; the secret URL is the credential), before SvelteKit.
  app.route('/cal', calendarFeedRoutes({ db: deps.db, now: deps.now, logger: deps.logger }));

  if (deps.webHandler) app.all('*', svelteKitRoute(deps.webHandler));

  return { app, injectWebSocket, wss };
}

/** The room part of `/sync/<room>`; a malformed percent-escape stays raw, and parsing then refuses it. */
function roomNameOf(path: string): string {
  const raw = path.slice('/sync/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
