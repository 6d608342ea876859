/**
 * A socket lives no longer than the session it was opened with: signing out (this device or all),
 * revoking a device on the account page, changing the password, or a new invitation link replacing an
 * account that was only a key closes the affected sockets with `unauthenticated` at once, so a lost phone stops
 * receiving the plan; other sessions' sockets stay.
 */
import { closeCodes } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from './support/auth-client';
import { openRawSocket, waitFor, type RawSocket, type SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const ROOM = 'week/demo/2026-W30';

let server: SyncTestServer;
let phone: SignedIn;
let laptop: SignedIn;
const sockets: RawSocket[] = [];

beforeEach(async () => {
  server = await startSyncTestServer();
  // New weeks are drafts, which only coordinators may open.
  await server.setStatus(ROOM, 'published');
  phone = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'ben' });
  // A second session of the same person, as from another device.
  laptop = { ...phone, cookie: await secondSessionOf(phone) };
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.socket.terminate();
  await server.close();
  removeDataDir(server.dataDir);
});

async function secondSessionOf(person: SignedIn): Promise<string> {
  const { createSession, SESSION_COOKIE } = await import('../src/auth/sessions');
  const { token } = await createSession(server.database.db, { userId: person.userId, now: new Date() });
  return `${SESSION_COOKIE}=${token}`;
}

async function open(endpoint: SyncEndpoint): Promise<RawSocket> {
  const socket = openRawSocket(endpoint, ROOM);
  sockets.push(socket);
  await socket.opened;
  return socket;
}

function httpBase(): string {
  return server.serverUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
}

function post(endpoint: SyncEndpoint, path: string, body?: unknown): Promise<Response> {
  return request(httpBase(), 'POST', path, { cookie: endpoint.cookie, origin: server.origin, body });
}

describe('sockets end with their session', () => {
  it('closes the socket of a device that signs out, and only that one', async () => {
    const onPhone = await open(phone);
    const onLaptop = await open(laptop);
    expect((await post(phone, '/api/auth/logout')).status).toBe(204);
    expect(await onPhone.closed).toEqual({ code: closeCodes.unauthenticated, reason: 'unauthenticated' });
    // The laptop's session is untouched: its socket still gets answers.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onLaptop.socket.readyState).toBe(onLaptop.socket.OPEN);
  });

  it('closes every socket of the person on "sign out on all devices"', async () => {
    const onPhone = await open(phone);
    const onLaptop = await open(laptop);
    const coordinatorSocket = await open(server);
    expect((await post(laptop, '/api/auth/logout-all')).status).toBe(204);
    expect(await onPhone.closed).toMatchObject({ code: closeCodes.unauthenticated });
    expect(await onLaptop.closed).toMatchObject({ code: closeCodes.unauthenticated });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(coordinatorSocket.socket.readyState).toBe(coordinatorSocket.socket.OPEN);
    // And the phone cannot come back with its old cookie.
    const again = openRawSocket(phone, ROOM);
    sockets.push(again);
    expect(await again.refused).toBe(401);
  });

  it('closes the socket of a device revoked from the account page', async () => {
    const onPhone = await open(phone);
    const sessions = (await (
      await request(httpBase(), 'GET', '/api/auth/sessions', { cookie: laptop.cookie, origin: server.origin })
    ).json()) as { sessions: { id: string; current: boolean }[] };
    const phoneSession = sessions.sessions.find((s) => !s.current);
    expect(phoneSession).toBeDefined();
    const response = await request(httpBase(), 'DELETE', `/api/auth/sessions/${phoneSession!.id}`, {
      cookie: laptop.cookie,
      origin: server.origin,
    });
    expect(response.status).toBe(204);
    expect(await onPhone.closed).toMatchObject({ code: closeCodes.unauthenticated });
  });

  it('closes the other devices’ sockets when the password changes', async () => {
    const onPhone = await open(phone);
    const onLaptop = await open(laptop);
    expect((await post(laptop, '/api/auth/password', { password: 'ein langes neues Passwort' })).status).toBeLessThan(
      300,
    );
    expect(await onPhone.closed).toMatchObject({ code: closeCodes.unauthenticated });
    await waitFor('laptop still open', () => onLaptop.socket.readyState === onLaptop.socket.OPEN);
  });

  it("closes the replaced session's sockets when this browser signs in anew (here by invitation)", async () => {
    const onPhone = await open(phone);
    const created = await post(server, `/api/centers/demo/people/${phone.personId}/invitations`);
    expect(created.status).toBe(201);
    const { invitation } = (await created.json()) as { invitation: { url: string } };
    const token = invitation.url.split('/einladung/')[1];
    expect((await post(phone, '/api/invitations/redeem', { token })).status).toBe(200);
    expect(await onPhone.closed).toMatchObject({ code: closeCodes.unauthenticated });
  });

  it('closes every socket of an account that a new invitation link replaces (only a key, ADR 21)', async () => {
    const onPhone = await open(phone);
    const onLaptop = await open(laptop);
    const created = await post(server, `/api/centers/demo/people/${phone.personId}/invitations`);
    const { invitation } = (await created.json()) as { invitation: { url: string } };
    const token = invitation.url.split('/einladung/')[1];
    // Redeemed on a third device: the person's old account is deleted with all its sessions.
    expect((await post({ ...phone, cookie: '' }, '/api/invitations/redeem', { token })).status).toBe(200);
    expect(await onPhone.closed).toMatchObject({ code: closeCodes.unauthenticated });
    expect(await onLaptop.closed).toMatchObject({ code: closeCodes.unauthenticated });
  });
});
