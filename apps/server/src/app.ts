/**
 * The one Hono app: JSON API under /api, the sync WebSocket under /sync/<room>, and SvelteKit for
 * everything else, in this order.
 */
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '@schichtbrett/db';
import { apiError } from './api/api-error';
import { centerRoutes } from './api/centers';
import { healthRoutes } from './api/health';
import { jsonBody } from './api/json-body';
import { createSyncNodeWebSocket, syncWebSocketHandler, type SyncWebSocketOptions } from './sync/hono-sync-route';
import type { RoomRegistry } from './sync/room-registry';
import { svelteKitRoute, type NodeHandler } from './web/sveltekit-route';

export interface AppDependencies {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  logger: Logger;
  now: () => Date;
  version: string;
  /** adapter-node's handler; null serves only /api and /sync (tests, API-only deployments). */
  webHandler: NodeHandler | null;
  /** Largest WebSocket frame accepted; a larger one closes the socket with 1009. */
  maxFrameBytes: number;
  /** Keep-alive and slow-consumer limits of each sync socket; defaults suit production. */
  syncSocket?: SyncWebSocketOptions;
}

export function createApp(deps: AppDependencies) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const { injectWebSocket, upgradeWebSocket, wss } = createSyncNodeWebSocket({
    app,
    maxFrameBytes: deps.maxFrameBytes,
  });

  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.');
  });

  const api = new Hono()
    .use(jsonBody)
    .route('/health', healthRoutes({ db: deps.db, version: deps.version }))
    .route('/centers', centerRoutes({ db: deps.db, now: deps.now }));
  app.route('/api', api);
  // Explicit, so that the SvelteKit catch-all below never answers an /api path with an HTML page.
  app.all('/api/*', (c) => apiError(c, 404, 'not-found', `Diese Adresse gibt es nicht: ${c.req.method} ${c.req.path}`));

  app.get(
    '/sync/*',
    async (c, next) => {
      if (c.req.header('upgrade')?.toLowerCase() === 'websocket') return next();
      return c.json({ error: 'upgrade-required', message: 'Dieser Pfad spricht nur WebSocket.' }, 426);
    },
    upgradeWebSocket((c) =>
      syncWebSocketHandler(deps.rooms, roomNameOf(c.req.path), { logger: deps.logger, ...deps.syncSocket }),
    ),
  );

  if (deps.webHandler) app.all('*', svelteKitRoute(deps.webHandler));

  return { app, injectWebSocket, wss };
}

/** The room part of `/sync/<room>`; a malformed percent-escape is passed on raw for the registry to refuse (4404). */
function roomNameOf(path: string): string {
  const raw = path.slice('/sync/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
