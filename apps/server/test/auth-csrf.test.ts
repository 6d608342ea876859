import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loginAs, request } from './support/auth-client';
import { TEST_ORIGIN, startAuthTestServer, type AuthTestServer } from './support/auth-server';

/** The HTTP status the server answered an upgrade with (101 when the socket opened). */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}

describe('cross-origin requests and WebSocket upgrades', () => {
  let test: AuthTestServer;
  let cookie: string;
  let wsUrl: string;
  beforeAll(async () => {
    test = await startAuthTestServer();
    cookie = await loginAs(test.url, 'koordination@demo.test');
    wsUrl = `${test.url.replace(/^http/, 'ws')}/sync/week/demo/2026-W48`;
  });
  afterAll(() => test.close());

  it('refuses a cross-origin POST with 403, even with a valid session', async () => {
    const response = await request(test.url, 'POST', '/api/auth/logout-all', {
      cookie,
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'cross-origin',
      message: 'Diese Anfrage kommt nicht von Schichtbrett selbst und wurde deshalb abgelehnt.',
    });
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('refuses a JSON POST without Origin (Hono’s csrf() would let JSON through)', async () => {
    const response = await request(test.url, 'POST', '/api/auth/login', {
      origin: null,
      body: { email: 'koordination@demo.test', password: 'schichtbrett' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'cross-origin' });
  });

  it('accepts a POST the browser marks Sec-Fetch-Site: same-origin', async () => {
    const response = await request(test.url, 'POST', '/api/auth/logout', {
      origin: null,
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(204);
  });

  it('refuses a cross-origin WebSocket upgrade with 403, even with a valid session', async () => {
    expect(await upgradeStatus(wsUrl, { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(wsUrl, { cookie })).toBe(403);
  });

  it('refuses a WebSocket upgrade without a valid session with 401', async () => {
    expect(await upgradeStatus(wsUrl, { origin: TEST_ORIGIN })).toBe(401);
    expect(await upgradeStatus(wsUrl, { origin: TEST_ORIGIN, cookie: 'schichtbrett_session=garbage' })).toBe(401);
  });

  it('refuses an upgrade to a name that is no room with 404', async () => {
    const url = `${test.url.replace(/^http/, 'ws')}/sync/plan/demo/2026-W48`;
    expect(await upgradeStatus(url, { origin: TEST_ORIGIN, cookie })).toBe(404);
  });

  it('opens the socket for a member with a session from our origin', async () => {
    expect(await upgradeStatus(wsUrl, { origin: TEST_ORIGIN, cookie })).toBe(101);
  });
});
