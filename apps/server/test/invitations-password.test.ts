import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_EXISTS_MESSAGE } from '../src/api/invitations';
import { loginAs, request, sessionCookieOf } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

describe('a password later (/api/auth/password)', () => {
  let test: AuthTestServer;

  beforeAll(async () => {
    test = await startAuthTestServer();
  });
  afterAll(() => test.close());

  it('lets a person invited by link set a password and then sign in with their e-mail address', async () => {
    await test.database.db
      .insertInto('people')
      .values({
        id: 'person-rosa',
        center_id: 1,
        first_name: 'Rosa',
        last_name: 'Link',
        email: 'Rosa@Example.test',
        phone: null,
      })
      .execute();
    const coordinator = await loginAs(test.url, 'koordination@demo.test');
    const created = await request(test.url, 'POST', '/api/centers/demo/people/person-rosa/invitations', {
      cookie: coordinator,
    });
    const { invitation } = (await created.json()) as { invitation: { url: string } };
    const redeemed = await request(test.url, 'POST', '/api/invitations/redeem', {
      body: { token: invitation.url.split('/').at(-1) },
    });
    expect(await redeemed.json()).toMatchObject({ user: { email: 'rosa@example.test' } });
    const cookie = sessionCookieOf(redeemed);

    expect(await (await request(test.url, 'GET', '/api/auth/password', { cookie })).json()).toEqual({
      hasPassword: false,
    });
    const short = await request(test.url, 'POST', '/api/auth/password', { cookie, body: { password: 'kurz' } });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ fields: { password: 'Das Passwort braucht mindestens 10 Zeichen.' } });

    const set = await request(test.url, 'POST', '/api/auth/password', {
      cookie,
      body: { password: 'rosas langes Passwort' },
    });
    expect(set.status).toBe(204);
    expect(await (await request(test.url, 'GET', '/api/auth/password', { cookie })).json()).toEqual({
      hasPassword: true,
    });
    await loginAs(test.url, 'rosa@example.test', 'rosas langes Passwort');

    // Changing it needs the current one.
    const without = await request(test.url, 'POST', '/api/auth/password', {
      cookie,
      body: { password: 'noch ein neues' },
    });
    expect(without.status).toBe(401);
    const changed = await request(test.url, 'POST', '/api/auth/password', {
      cookie,
      body: { password: 'noch ein neues', currentPassword: 'rosas langes Passwort' },
    });
    expect(changed.status).toBe(204);
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('ends the other sessions of the user, not this one', async () => {
    const here = await loginAs(test.url, 'ehrenamt03@demo.test');
    const there = await loginAs(test.url, 'ehrenamt03@demo.test');
    const changed = await request(test.url, 'POST', '/api/auth/password', {
      cookie: here,
      body: { password: 'ein neues Passwort', currentPassword: 'schichtbrett' },
    });
    expect(changed.status).toBe(204);
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie: there })).status).toBe(401);
  });

  it('does not let an invitation sign anyone in to an existing account with the same address', async () => {
    await test.database.db
      .insertInto('people')
      .values({
        id: 'person-fake',
        center_id: 1,
        first_name: 'Falsch',
        last_name: 'Adresse',
        email: 'ehrenamt04@demo.test',
        phone: null,
      })
      .execute();
    const coordinator = await loginAs(test.url, 'koordination@demo.test');
    const created = await request(test.url, 'POST', '/api/centers/demo/people/person-fake/invitations', {
      cookie: coordinator,
    });
    const { invitation } = (await created.json()) as { invitation: { url: string } };
    const redeemed = await request(test.url, 'POST', '/api/invitations/redeem', {
      body: { token: invitation.url.split('/').at(-1) },
    });
    expect(redeemed.status).toBe(409);
    expect(await redeemed.json()).toEqual({ error: 'account-exists', message: ACCOUNT_EXISTS_MESSAGE });
    expect(sessionCookieOf(redeemed)).toBeNull();
    const person = await test.database.db
      .selectFrom('people')
      .select('user_id')
      .where('id', '=', 'person-fake')
      .executeTakeFirstOrThrow();
    expect(person.user_id).toBeNull();
  });
});
