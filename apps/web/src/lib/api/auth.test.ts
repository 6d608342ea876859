import { describe, expect, it } from 'vitest';
import { decodeMe, decodeSession, fetchMe, login } from './auth';

function answer(status: number, body: unknown): typeof fetch {
  return async () => new Response(body === undefined ? null : JSON.stringify(body), { status });
}

const me = {
  user: { id: 'u1', email: 'koordination@demo.test' },
  memberships: [{ center: 'demo', personId: 'p1', role: 'coordinator', areaIds: [], displayName: 'Sabine K.' }],
};

describe('login', () => {
  it('returns who signed in', async () => {
    expect(await login(answer(200, me), { email: 'a@b.c', password: 'x' })).toEqual({ ok: true, me });
  });

  it('passes the server’s German message on as it is', async () => {
    const wrong = { error: 'invalid-credentials', message: 'E-Mail oder Passwort stimmen nicht.' };
    expect(await login(answer(401, wrong), { email: 'a@b.c', password: 'x' })).toEqual({
      ok: false,
      reason: 'invalid-credentials',
      message: 'E-Mail oder Passwort stimmen nicht.',
    });
    const limited = { error: 'rate-limited', message: 'Bitte warten.', retryAfterSeconds: 29.5 };
    expect(await login(answer(429, limited), { email: 'a@b.c', password: 'x' })).toEqual({
      ok: false,
      reason: 'rate-limited',
      message: 'Bitte warten.',
      retryAfterSeconds: 30,
    });
  });

  it('treats a failing or nonsensical server as unavailable', async () => {
    expect(await login(answer(502, 'Bad Gateway'), { email: 'a', password: 'b' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await login(answer(200, { user: null }), { email: 'a', password: 'b' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await login(offline, { email: 'a', password: 'b' })).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('fetchMe and the decoders', () => {
  it('tells signed out (401) from a failing server', async () => {
    expect(await fetchMe(answer(401, { error: 'unauthenticated' }))).toBeNull();
    expect(await fetchMe(answer(200, me))).toEqual(me);
    await expect(fetchMe(answer(500, {}))).rejects.toThrow();
  });

  it('leaves out memberships with an unknown role', () => {
    const decoded = decodeMe({
      ...me,
      memberships: [...me.memberships, { center: 'x', personId: 'p', role: 'admin' }],
    });
    expect(decoded?.memberships).toHaveLength(1);
  });

  it('reads session times given as ISO text or milliseconds', () => {
    expect(
      decodeSession({ id: 's1', createdAt: '2026-11-26T07:00:00.000Z', lastSeenAt: 1_795_000_000_000, current: true }),
    ).toEqual({
      id: 's1',
      createdAt: new Date('2026-11-26T07:00:00.000Z'),
      lastSeenAt: new Date(1_795_000_000_000),
      userAgent: '',
      current: true,
    });
    expect(decodeSession({ id: 's2', createdAt: 'gestern' })?.createdAt).toBeNull();
  });
});
