/** The event stream's own timing, without a server: heartbeats on an idle stream, and its end of life. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@schichtbrett/domain';
import { readEvents } from '../../test/support/event-stream';
import { CenterEvents } from '../live/center-events';
import type { ApiEnv } from './api-env';
import { centerEventRoutes } from './center-events';

const NOW = new Date('2026-11-26T10:00:00Z');
const principal = {
  userId: 'user-1',
  memberships: [{ center: 'demo', personId: 'p-1', role: 'volunteer', displayName: 'Vera V.', areaIds: [] }],
} as unknown as Principal;

function appWith(options: { heartbeatMs?: number; maxLifetimeMs?: number; expiresAt?: Date }) {
  const events = new CenterEvents();
  const app = new Hono<ApiEnv>()
    .use(async (c, next) => {
      c.set('principal', principal);
      c.set('session', {
        sessionId: 's-1',
        userId: 'user-1',
        expiresAt: options.expiresAt ?? new Date(NOW.getTime() + 86_400_000),
        renewed: false,
      });
      return next();
    })
    .route('/centers/:center', centerEventRoutes({ events, now: () => NOW, ...options }));
  return { app, events };
}

describe('centerEventRoutes', () => {
  it('sends a heartbeat comment on an idle stream', async () => {
    const { app } = appWith({ heartbeatMs: 20 });
    const events = readEvents(await app.request('/centers/demo/events'));
    await events.next((event) => event.event === 'ready');
    expect(await events.next()).toEqual({ event: 'comment', data: 'heartbeat' });
    await events.cancel();
  });

  it('ends after its lifetime, so the browser reconnects and shows its session again', async () => {
    const { app, events: hub } = appWith({ maxLifetimeMs: 50 });
    const events = readEvents(await app.request('/centers/demo/events'));
    await events.ended;
    expect(hub.size).toBe(0);
  });

  it('ends when the session expires before its lifetime is up', async () => {
    const { app } = appWith({ expiresAt: new Date(NOW.getTime() + 30) });
    const events = readEvents(await app.request('/centers/demo/events'));
    await events.ended;
  });

  it("writes a request to the caller's own person as a 'requests-changed' event", async () => {
    const { app, events: hub } = appWith({});
    const events = readEvents(await app.request('/centers/demo/events'));
    await events.next((event) => event.event === 'ready');
    hub.requestsChanged('demo', 'p-1');
    expect(await events.next((event) => event.event !== 'comment')).toEqual({ event: 'requests-changed', data: '{}' });
    await events.cancel();
  });

  it("tells every member's stream that the center's areas changed as a 'center-changed' event", async () => {
    const { app, events: hub } = appWith({});
    const events = readEvents(await app.request('/centers/demo/events'));
    await events.next((event) => event.event === 'ready');
    hub.centerChanged('andere');
    hub.centerChanged('demo');
    expect(await events.next((event) => event.event !== 'comment')).toEqual({ event: 'center-changed', data: '{}' });
    await events.cancel();
  });

  it('refuses a center the person is no member of', async () => {
    const { app, events } = appWith({});
    expect((await app.request('/centers/andere/events')).status).toBe(403);
    expect(events.size).toBe(0);
  });
});
