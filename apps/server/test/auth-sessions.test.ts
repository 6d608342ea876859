import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { loginAs, request, sessionCookieOf } from './support/auth-client';
import { DEMO_PASSWORD, startAuthTestServer, type AuthTestServer } from './support/auth-server';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions over HTTP', () => {
  let test: AuthTestServer;
  beforeAll(async () => {
    test = await startAuthTestServer();
  });
  afterAll(() => test.close());

  const me = (cookie: string | null) => request(test.url, 'GET', '/api/auth/me', { cookie });

  it('logs in with e-mail and password, sets a hardened cookie, and answers who is signed in', async () => {
    const response = await request(test.url, 'POST', '/api/auth/login', {
      body: { email: ' Bereichsleitung@Demo.test ', password: DEMO_PASSWORD },
      headers: { 'user-agent': 'Testbrowser/1.0' },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      user: { id: 'user-demo-markus', email: 'bereichsleitung@demo.test' },
      memberships: [
        {
          center: 'demo',
          personId: 'demo-markus',
          role: 'team-lead',
          areaIds: ['demo-cafe', 'demo-fruehstueck'],
          displayName: 'Markus L.',
        },
      ],
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[a-z2-7]{24}\\.[a-z2-7]{40};`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${30 * 24 * 60 * 60}`);
    // The test origin is http: no Secure flag (it would stop the cookie on plain http).
    expect(setCookie).not.toContain('Secure');

    const cookie = sessionCookieOf(response);
    const who = await me(cookie);
    expect(who.status).toBe(200);
    expect(await who.json()).toEqual(body);
  });

  it('stores only a hash of the secret, never the token', async () => {
    const cookie = await loginAs(test.url, 'ehrenamt02@demo.test');
    const [id, secret] = cookie.slice(`${SESSION_COOKIE}=`.length).split('.');
    const row = await test.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).toHaveLength(32);
    expect(Buffer.from(row.secret_hash).toString('latin1')).not.toContain(secret);
    // A token with the right id and a wrong secret is refused.
    const forged = `${SESSION_COOKIE}=${id}.${'a'.repeat(40)}`;
    expect((await me(forged)).status).toBe(401);
  });

  it('answers 401 unauthenticated without a session or with a garbled one', async () => {
    for (const cookie of [
      null,
      `${SESSION_COOKIE}=nonsense`,
      `${SESSION_COOKIE}=${'a'.repeat(24)}.${'b'.repeat(40)}`,
    ]) {
      const response = await me(cookie);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'unauthenticated', message: 'Bitte melde dich an.' });
    }
  });

  it('logs in over a stale cookie: the new session is the one that counts', async () => {
    const response = await request(test.url, 'POST', '/api/auth/login', {
      cookie: `${SESSION_COOKIE}=${'a'.repeat(24)}.${'b'.repeat(40)}`,
      body: { email: 'ehrenamt01@demo.test', password: DEMO_PASSWORD },
    });
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[a-z2-7]{24}\\.[a-z2-7]{40}$`));
    expect((await me(cookie)).status).toBe(200);
  });

  it('marks personal answers as not to be cached', async () => {
    const cookie = await loginAs(test.url, 'ehrenamt01@demo.test');
    expect((await me(cookie)).headers.get('cache-control')).toBe('no-store');
  });

  it('refuses bodies without e-mail or password with 400 and a message', async () => {
    for (const body of [{}, { email: 'a@b.c' }, { email: '', password: 'x' }, { email: 1, password: 2 }, []]) {
      const response = await request(test.url, 'POST', '/api/auth/login', { body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid-input', message: expect.stringMatching(/\w/) });
    }
  });

  it('logout ends this session and clears the cookie; other sessions stay', async () => {
    const first = await loginAs(test.url, 'ehrenamt03@demo.test');
    const second = await loginAs(test.url, 'ehrenamt03@demo.test');
    const response = await request(test.url, 'POST', '/api/auth/logout', { cookie: first });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join()).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Max-Age=0`));
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
  });

  it('logout-all ends every session of the user, and only theirs', async () => {
    const first = await loginAs(test.url, 'ehrenamt04@demo.test');
    const second = await loginAs(test.url, 'ehrenamt04@demo.test');
    const someoneElse = await loginAs(test.url, 'ehrenamt05@demo.test');
    expect((await request(test.url, 'POST', '/api/auth/logout-all', { cookie: first })).status).toBe(204);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    expect((await me(someoneElse)).status).toBe(200);
  });

  it('lists one’s own active sessions and ends one of them; others’ sessions are not found', async () => {
    const laptop = await loginAs(test.url, 'ehrenamt06@demo.test');
    const phone = await loginAs(test.url, 'ehrenamt06@demo.test');
    const stranger = await loginAs(test.url, 'ehrenamt07@demo.test');
    const response = await request(test.url, 'GET', '/api/auth/sessions', { cookie: laptop });
    const { sessions } = (await response.json()) as { sessions: { id: string; current: boolean }[] };
    expect(sessions).toHaveLength(2);
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(['createdAt', 'current', 'id', 'lastSeenAt', 'userAgent']);
    }
    const current = sessions.find((s) => s.current);
    const other = sessions.find((s) => !s.current);
    expect(laptop).toContain(current!.id);

    // Someone else cannot end it, nor learn that it exists.
    const foreign = await request(test.url, 'DELETE', `/api/auth/sessions/${other!.id}`, { cookie: stranger });
    expect(foreign.status).toBe(404);
    expect((await me(phone)).status).toBe(200);

    expect((await request(test.url, 'DELETE', `/api/auth/sessions/${other!.id}`, { cookie: laptop })).status).toBe(204);
    expect((await me(phone)).status).toBe(401);
    expect((await me(laptop)).status).toBe(200);
  });

  it('a session deleted on the server (revoked) no longer authenticates', async () => {
    const cookie = await loginAs(test.url, 'ehrenamt08@demo.test');
    await test.database.db.deleteFrom('sessions').where('user_id', '=', 'user-demo-hans').execute();
    expect((await me(cookie)).status).toBe(401);
  });

  it('slides: used after half its lifetime it is renewed for 30 days; unused for 30 days it expires', async () => {
    const cookie = await loginAs(test.url, 'ehrenamt09@demo.test');
    test.clock.advance(10 * DAY);
    const early = await me(cookie);
    expect(early.status).toBe(200);
    expect(sessionCookieOf(early)).toBeNull();

    test.clock.advance(6 * DAY);
    const renewed = await me(cookie);
    expect(renewed.status).toBe(200);
    expect(sessionCookieOf(renewed)).toBe(cookie);
    expect(renewed.headers.getSetCookie().join()).toContain(`Max-Age=${30 * 24 * 60 * 60}`);

    // 29 days after the renewal it still works (it would have expired on day 30 without it)…
    test.clock.advance(29 * DAY);
    expect((await me(cookie)).status).toBe(200);
    // …and 30 days without use end it.
    test.clock.advance(30 * DAY);
    expect((await me(cookie)).status).toBe(401);
  });
});
