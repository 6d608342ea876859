/**
 * GET /api/centers/:center/events: a server-sent events stream that tells a signed-in member which week of
 * the center changed, once that week's SQL rows are committed, so a refetch sees them (ADR 14), and that the
 * center's areas changed (issue 12). Comments every `heartbeatMs` keep proxies from closing an idle stream; the stream ends when its session ends,
 * when the person's access to the center changes, and at the latest after `maxLifetimeMs` or when the
 * session expires, so the browser reconnects and is authorized anew.
 */
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { membershipIn } from '@schichtbrett/domain';
import type { CenterEvent, CenterEvents } from '../live/center-events';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface CenterEventRoutesOptions {
  events: CenterEvents;
  now: () => Date;
  /** Between two comment lines on an idle stream; proxies commonly cut idle responses after 60 s. */
  heartbeatMs?: number;
  /** The longest a stream stays open before the browser must reconnect (and show its session again). */
  maxLifetimeMs?: number;
}

/** How long the browser waits before it reconnects a dropped stream. */
const RETRY_MS = 3_000;

export function centerEventRoutes({
  events,
  now,
  heartbeatMs = 25_000,
  maxLifetimeMs = 10 * 60_000,
}: CenterEventRoutesOptions) {
  return new Hono<ApiEnv>().get('/events', requireSignIn, (c) => {
    const { principal, session } = signedIn(c);
    const center = c.req.param('center') ?? '';
    const membership = membershipIn(principal, center);
    if (!membership) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    const lifetimeMs = Math.max(0, Math.min(maxLifetimeMs, session.expiresAt.getTime() - now().getTime()));
    // nginx buffers responses by default, which would hold the events back.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, (stream) =>
      relay(stream, {
        subscribe: (listener) =>
          events.subscribe(
            { userId: principal.userId, sessionId: session.sessionId, center, personId: membership.personId },
            listener,
          ),
        heartbeatMs,
        lifetimeMs,
      }),
    );
  });
}

/** Writes the center's events to `stream` until it ends; resolves once every timer and listener is gone. */
function relay(
  stream: SSEStreamingApi,
  options: {
    subscribe: (listener: (event: CenterEvent) => void) => () => void;
    heartbeatMs: number;
    lifetimeMs: number;
  },
): Promise<void> {
  return new Promise<void>((resolve) => {
    // A write fails once the client is gone; onAbort then ends the stream, so the failure needs no handling.
    const send = (write: Promise<unknown>) => void write.catch(() => undefined);
    const end = () => {
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      unsubscribe();
      resolve();
    };
    const unsubscribe = options.subscribe((event) => {
      switch (event.kind) {
        case 'week-changed':
          send(stream.writeSSE({ event: 'week-changed', data: JSON.stringify({ week: event.week }) }));
          return;
        case 'requests-changed':
        case 'center-changed':
          send(stream.writeSSE({ event: event.kind, data: '{}' }));
          return;
        case 'ended':
          // Said before closing: after "session-ended" the client stops instead of reconnecting with a dead
          // session; after "access-changed" it reconnects and is authorized anew.
          send(stream.writeSSE({ event: event.reason, data: '{}' }).then(end));
          return;
        default:
          event satisfies never;
      }
    });
    const heartbeat = setInterval(() => send(stream.write(': heartbeat\n\n')), options.heartbeatMs);
    const lifetime = setTimeout(end, options.lifetimeMs);
    stream.onAbort(end);
    send(stream.writeSSE({ event: 'ready', data: '{}', retry: RETRY_MS }));
  });
}
