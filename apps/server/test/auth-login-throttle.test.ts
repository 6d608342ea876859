import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH } from '../src/auth/password';
import { request } from './support/auth-client';
import { DEMO_PASSWORD, startAuthTestServer, type AuthTestServer } from './support/auth-server';

const WRONG = { error: 'invalid-credentials', message: 'E-Mail oder Passwort stimmen nicht.' };

describe('login: same answer for unknown accounts, growing delays after failures', () => {
  let test: AuthTestServer;
  beforeAll(async () => {
    test = await startAuthTestServer();
  });
  afterAll(() => test.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    request(test.url, 'POST', '/api/auth/login', { body: { email, password }, headers });

  it('answers a wrong password and an unknown account alike, and verifies a hash for both', async () => {
    const before = test.verifications.length;
    const wrongPassword = await login('ehrenamt10@demo.test', 'falsch-falsch');
    const unknownAccount = await login('niemand@demo.test', 'falsch-falsch');
    expect(wrongPassword.status).toBe(401);
    expect(unknownAccount.status).toBe(401);
    expect(await wrongPassword.json()).toEqual(WRONG);
    expect(await unknownAccount.json()).toEqual(WRONG);
    // Timing: the unknown account also costs one argon2 verification, against the dummy hash.
    const runs = test.verifications.slice(before);
    expect(runs).toHaveLength(2);
    expect(runs[0]!.hash).not.toBe(DUMMY_PASSWORD_HASH);
    expect(runs[1]!.hash).toBe(DUMMY_PASSWORD_HASH);
    expect(DUMMY_PASSWORD_HASH).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('stores demo passwords as argon2id with the chosen parameters', async () => {
    const user = await test.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'koordination@demo.test')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('after 5 failures per account refuses with 429, a German message and a doubling wait; success resets', async () => {
    const email = 'ehrenamt11@demo.test';
    for (let i = 0; i < 5; i++) expect((await login(email, 'falsch')).status).toBe(401);

    const verificationsBefore = test.verifications.length;
    const limited = await login(email, DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(await limited.json()).toEqual({
      error: 'rate-limited',
      message: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warte 30 Sekunden und versuche es dann noch einmal.',
      retryAfterSeconds: 30,
    });
    // Refused before any password check: not even the right password gets through.
    expect(test.verifications.length).toBe(verificationsBefore);

    test.clock.advance(30_000);
    expect((await login(email, 'falsch')).status).toBe(401);
    const doubled = await login(email, DEMO_PASSWORD);
    expect(doubled.status).toBe(429);
    expect(await doubled.json()).toMatchObject({ retryAfterSeconds: 60 });

    test.clock.advance(60_000);
    expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
    // Reset: the next failure is within the allowance again.
    expect((await login(email, 'falsch')).status).toBe(401);
    expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
  });

  it('limits unknown accounts the same way, so a 429 does not tell whether an account exists', async () => {
    const email = 'gibt-es-nicht@demo.test';
    for (let i = 0; i < 5; i++) expect((await login(email, 'falsch')).status).toBe(401);
    const limited = await login(email, 'falsch');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: 'rate-limited', retryAfterSeconds: 30 });
  });

  it('limits an address after 20 failures across accounts', async () => {
    test.clock.advance(60 * 60 * 1000);
    await test.database.db.deleteFrom('login_throttle').execute();
    for (let i = 0; i < 20; i++) {
      expect((await login(`probe${i}@demo.test`, 'falsch')).status).toBe(401);
    }
    const limited = await login('ehrenamt12@demo.test', DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    const rows = await test.database.db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', 'like', 'address:%')
      .execute();
    expect(rows).toEqual([{ key: 'address:127.0.0.1', failures: 20, last_failure_at: expect.any(String) }]);

    // A success does not reset the address; a day without failures does.
    test.clock.advance(60 * 60 * 1000);
    expect((await login('ehrenamt12@demo.test', DEMO_PASSWORD)).status).toBe(200);
    expect((await login('probe@demo.test', 'falsch')).status).toBe(401);
    expect((await login('ehrenamt12@demo.test', DEMO_PASSWORD)).status).toBe(429);
    test.clock.advance(25 * 60 * 60 * 1000);
    expect((await login('probe@demo.test', 'falsch')).status).toBe(401);
    expect((await login('ehrenamt12@demo.test', DEMO_PASSWORD)).status).toBe(200);
  });
});
