/**
 * Issue 11, item 1: an invitation link must never sign anyone in to an account that exists already, and
 * no coordinator may link someone's account to a person by entering its address. The holder answers the
 * link in her own session instead (ADR 21). Real server, real SQLite file, two centers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_FOR_YOU_MESSAGE, PASSWORD_NEEDED_MESSAGE } from '../src/api/invitation-answers';
import { ACCOUNT_EXISTS_MESSAGE } from '../src/api/invitations';
import { loginAs, request, sessionCookieOf } from './support/auth-client';
import { createTestAccount } from './support/auth-fixtures';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

interface Me {
  user: { id: string; email: string };
  memberships: { center: string; role: string; personId: string }[];
}

describe('invitations and existing accounts', () => {
  let test: AuthTestServer;
  /** Coordinator of the second center, Lindenhof: trusted there and nowhere else. */
  let lindenhof: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    await test.database.db
      .insertInto('centers')
      .values({ slug: 'lindenhof', name: 'Lindenhof', time_zone: 'Europe/Berlin', state_code: 'HE' })
      .execute();
    ({ cookie: lindenhof } = await createTestAccount(test.database.db, {
      centerSlug: 'lindenhof',
      role: 'coordinator',
    }));
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await test.database.db.deleteFrom('login_throttle').execute();
  });

  const call = (method: string, path: string, cookie: string | null, body?: unknown) =>
    request(test.url, method, path, { cookie, body });

  async function me(cookie: string | null): Promise<Me | null> {
    const response = await call('GET', '/api/auth/me', cookie);
    return response.status === 200 ? ((await response.json()) as Me) : null;
  }

  /** Adds a person as a coordinator would; returns the person's id. */
  async function addPerson(center: string, coordinator: string, person: Record<string, unknown>): Promise<string> {
    const response = await call('POST', `/api/centers/${center}/people`, coordinator, {
      lastName: 'Muster',
      role: 'volunteer',
      ...person,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { person: { id: string; hasAccount: boolean } };
    expect(body.person.hasAccount).toBe(false);
    return body.person.id;
  }

  /** Prints a link for the person; returns its token. */
  async function invite(center: string, coordinator: string, personId: string): Promise<string> {
    const response = await call('POST', `/api/centers/${center}/people/${personId}/invitations`, coordinator);
    expect(response.status).toBe(201);
    const { invitation } = (await response.json()) as { invitation: { url: string } };
    return invitation.url.split('/einladung/')[1] ?? '';
  }

  const redeem = (token: string, cookie: string | null = null) =>
    call('POST', '/api/invitations/redeem', cookie, { token });
  const answer = (what: 'offer' | 'accept' | 'decline', token: string, cookie: string | null) =>
    call('POST', `/api/invitations/${what}`, cookie, { token });

  async function userIdOf(personId: string): Promise<string | null> {
    const row = await test.database.db
      .selectFrom('people')
      .select('user_id')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return row.user_id;
  }

  it("a coordinator of another center cannot sign in as demo's coordinator by entering her address", async () => {
    const personId = await addPerson('lindenhof', lindenhof, {
      firstName: 'Sabine',
      email: 'Koordination@demo.test',
      role: 'coordinator',
    });
    const token = await invite('lindenhof', lindenhof, personId);
    for (const cookie of [null, lindenhof]) {
      const response = await redeem(token, cookie);
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: 'account-exists', message: ACCOUNT_EXISTS_MESSAGE });
      expect(sessionCookieOf(response)).toBeNull();
    }
    // The attacker is still herself, and Sabine's account belongs to demo only.
    expect((await me(lindenhof))?.memberships).toEqual([expect.objectContaining({ center: 'lindenhof' })]);
    const sabine = await me(await loginAs(test.url, 'koordination@demo.test'));
    expect(sabine?.memberships.map((m) => m.center)).toEqual(['demo']);
    expect(await userIdOf(personId)).toBeNull();
  });

  it('inside one center: no link for the team lead, and a link printed before he was linked does not work', async () => {
    const coordinator = await loginAs(test.url, 'koordination@demo.test');
    const refused = await call('POST', '/api/centers/demo/people/demo-markus/invitations', coordinator);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'account-exists' });

    // As the old code did it: a person linked to the team lead's account after the link was printed.
    const personId = await addPerson('demo', coordinator, { firstName: 'Markus' });
    const token = await invite('demo', coordinator, personId);
    await test.database.db
      .updateTable('people')
      .set({ user_id: 'user-demo-markus' })
      .where('id', '=', personId)
      .execute();
    const response = await redeem(token);
    expect(response.status).toBe(409);
    expect(sessionCookieOf(response)).toBeNull();
  });

  it('replaces an account that is only an earlier link’s key; its sessions end; a password protects it', async () => {
    const coordinator = await loginAs(test.url, 'koordination@demo.test');
    const personId = await addPerson('demo', coordinator, { firstName: 'Hilde', email: 'hilde@example.test' });
    const first = await redeem(await invite('demo', coordinator, personId));
    expect(first.status).toBe(200);
    const firstCookie = sessionCookieOf(first);
    const firstUser = (await me(firstCookie))?.user;
    expect(firstUser?.email).toBe('hilde@example.test');

    // Hilde lost her phone: a new printout gives her a new account with her address; the old one is gone.
    const second = await redeem(await invite('demo', coordinator, personId));
    expect(second.status).toBe(200);
    const secondCookie = sessionCookieOf(second);
    const secondMe = await me(secondCookie);
    expect(secondMe?.user.id).not.toBe(firstUser?.id);
    expect(secondMe?.user.email).toBe('hilde@example.test');
    expect(await me(firstCookie)).toBeNull();
    const old = await test.database.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', firstUser?.id ?? '')
      .execute();
    expect(old).toEqual([]);

    // With a password of her own it is an account, no longer a key: no link replaces it.
    const set = await call('POST', '/api/auth/password', secondCookie, { password: 'hildes langes Passwort' });
    expect(set.status).toBe(204);
    const refused = await call('POST', `/api/centers/demo/people/${personId}/invitations`, coordinator);
    expect(refused.status).toBe(409);
  });

  it('the holder accepts in her own session: the role the coordinator chose, and her session stays hers', async () => {
    const personId = await addPerson('lindenhof', lindenhof, { firstName: 'Sabine', email: 'koordination@demo.test' });
    const spareId = await addPerson('lindenhof', lindenhof, { firstName: 'Sabine', email: 'koordination@demo.test' });
    await call('PATCH', `/api/centers/lindenhof/people/${personId}`, lindenhof, { role: 'coordinator' });
    const token = await invite('lindenhof', lindenhof, personId);

    expect((await answer('accept', token, null)).status).toBe(401);
    const petra = await loginAs(test.url, 'ehrenamt@demo.test');
    expect(await (await answer('offer', token, petra)).json()).toEqual({ forYou: false });
    for (const what of ['accept', 'decline'] as const) {
      const response = await answer(what, token, petra);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden', message: NOT_FOR_YOU_MESSAGE });
    }

    const sabine = await loginAs(test.url, 'koordination@demo.test');
    const offer = await answer('offer', token, sabine);
    expect(await offer.json()).toEqual({
      forYou: true,
      center: { slug: 'lindenhof', name: 'Lindenhof' },
      role: 'coordinator',
      passwordNeeded: false,
    });
    const accepted = await answer('accept', token, sabine);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ center: 'lindenhof' });
    expect(sessionCookieOf(accepted)).toBeNull();
    const after = await me(sabine);
    expect(after?.user.email).toBe('koordination@demo.test');
    expect(after?.memberships.map((m) => [m.center, m.role, m.personId])).toEqual(
      expect.arrayContaining([
        ['demo', 'coordinator', 'demo-sabine'],
        ['lindenhof', 'coordinator', personId],
      ]),
    );
    expect((await answer('accept', token, sabine)).status).toBe(410);

    // A second person of hers there is refused, and its link stays open for the coordinator to revoke.
    const spare = await answer('accept', await invite('lindenhof', lindenhof, spareId), sabine);
    expect(spare.status).toBe(409);
    expect(await spare.json()).toMatchObject({ error: 'already-member' });
    expect(await userIdOf(spareId)).toBeNull();
  });

  it('declining retires the link and links nobody', async () => {
    const personId = await addPerson('lindenhof', lindenhof, { firstName: 'Petra', email: 'ehrenamt@demo.test' });
    const token = await invite('lindenhof', lindenhof, personId);
    const petra = await loginAs(test.url, 'ehrenamt@demo.test');
    expect(await (await answer('offer', token, petra)).json()).toMatchObject({ forYou: true, role: 'volunteer' });
    expect((await answer('decline', token, petra)).status).toBe(204);
    expect((await answer('offer', token, petra)).status).toBe(410);
    expect((await redeem(token)).status).toBe(410);
    expect(await userIdOf(personId)).toBeNull();
    const open = await call('GET', `/api/centers/lindenhof/people/${personId}/invitations`, lindenhof);
    expect(await open.json()).toEqual({ invitations: [] });
  });

  it('an account that is only a key needs a password before it joins a second center', async () => {
    const coordinator = await loginAs(test.url, 'koordination@demo.test');
    const demoPerson = await addPerson('demo', coordinator, { firstName: 'Karl', email: 'karl@example.test' });
    const karl = sessionCookieOf(await redeem(await invite('demo', coordinator, demoPerson)));
    const personId = await addPerson('lindenhof', lindenhof, { firstName: 'Karl', email: 'karl@example.test' });
    const token = await invite('lindenhof', lindenhof, personId);
    expect(await (await answer('offer', token, karl)).json()).toMatchObject({ forYou: true, passwordNeeded: true });
    const refused = await answer('accept', token, karl);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: 'password-needed', message: PASSWORD_NEEDED_MESSAGE });
    expect((await call('POST', '/api/auth/password', karl, { password: 'karls langes Passwort' })).status).toBe(204);
    expect((await answer('accept', token, karl)).status).toBe(200);
    expect((await me(karl))?.memberships.map((m) => m.center).sort()).toEqual(['demo', 'lindenhof']);
  });
});
