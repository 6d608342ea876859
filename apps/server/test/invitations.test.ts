import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVITATION_LIFETIME_MS } from '../src/api/invitations';
import { INVITATION_INVALID_MESSAGE } from '../src/api/invitation-token-guard';
import { loginAs, request, sessionCookieOf } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

interface Created {
  invitation: { id: string; url: string; expiresAt: string };
  qrSvg: string;
}

describe('invitation links', () => {
  let test: AuthTestServer;
  let coordinator: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
  });
  afterAll(() => test.close());
  // Each test's refused links count against the address; start every test with a clean slate.
  beforeEach(async () => {
    await test.database.db.deleteFrom('login_throttle').execute();
  });

  async function invite(personId: string): Promise<Created & { token: string }> {
    const response = await request(test.url, 'POST', `/api/centers/demo/people/${personId}/invitations`, {
      cookie: coordinator,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Created;
    return { ...body, token: body.invitation.url.split('/').at(-1)! };
  }
  const redeem = (token: string) => request(test.url, 'POST', '/api/invitations/redeem', { body: { token } });

  /** A person without e-mail and without account, as a coordinator would add them. */
  async function addPerson(id: string): Promise<void> {
    await test.database.db
      .insertInto('people')
      .values({ id, center_id: 1, first_name: 'Hilde', last_name: 'Ohnemail', email: null, phone: null })
      .execute();
  }
  let added = 0;
  /** A fresh person without account (every seeded person has one, which no link may sign in to). */
  async function newPerson(): Promise<string> {
    const id = `person-neu-${++added}`;
    await addPerson(id);
    return id;
  }

  it('creates a link to ORIGIN with a QR code; lists it without token; looks it up by its hash', async () => {
    const personId = await newPerson();
    const created = await invite(personId);
    expect(created.invitation.url).toMatch(/^http:\/\/schichtbrett\.test\/einladung\/[a-z2-7]{40}$/);
    expect(created.qrSvg).toMatch(/^<svg/);
    expect(new Date(created.invitation.expiresAt).getTime() - test.clock.now().getTime()).toBe(INVITATION_LIFETIME_MS);
    const list = await request(test.url, 'GET', `/api/centers/demo/people/${personId}/invitations`, {
      cookie: coordinator,
    });
    expect(await list.json()).toEqual({
      invitations: [
        { id: created.invitation.id, createdAt: expect.any(String), expiresAt: created.invitation.expiresAt },
      ],
    });
    const row = await test.database.db
      .selectFrom('invitations')
      .select(['id', 'token_hash'])
      .where('id', '=', created.invitation.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.token_hash).toString('hex')).not.toContain(created.token);
  });

  const current = (personId: string) =>
    request(test.url, 'GET', `/api/centers/demo/people/${personId}/invitations/current`, { cookie: coordinator });

  it('shows the printed link again when its page is viewed twice, without making a new one (issue 13)', async () => {
    const personId = await newPerson();
    expect(await (await current(personId)).json()).toEqual({ current: null });
    const printed = await invite(personId);
    const first = await current(personId);
    expect(first.status).toBe(200);
    const second = await current(personId);
    expect(await first.json()).toEqual({ current: { ...printed, token: undefined } });
    expect(await second.json()).toEqual({ current: { ...printed, token: undefined } });
    const rows = await test.database.db
      .selectFrom('invitations')
      .select('id')
      .where('person_id', '=', personId)
      .execute();
    expect(rows).toHaveLength(1);
    // The printed QR code still signs the person in after both views.
    expect((await redeem(printed.token)).status).toBe(200);
    // Used: nothing left to show, and the token is forgotten.
    expect(await (await current(personId)).json()).toEqual({ current: null });
    const used = await test.database.db
      .selectFrom('invitations')
      .select('link_token')
      .where('id', '=', printed.invitation.id)
      .executeTakeFirstOrThrow();
    expect(used.link_token).toBeNull();
  });

  it('renewing on purpose makes a new link, the old one stops working and is no longer shown', async () => {
    const personId = await newPerson();
    const old = await invite(personId);
    const renewed = await invite(personId);
    expect(renewed.token).not.toBe(old.token);
    expect(await (await current(personId)).json()).toEqual({ current: { ...renewed, token: undefined } });
    expect((await redeem(old.token)).status).toBe(410);
    const revoked = await test.database.db
      .selectFrom('invitations')
      .select('link_token')
      .where('id', '=', old.invitation.id)
      .executeTakeFirstOrThrow();
    expect(revoked.link_token).toBeNull();
  });

  it('shows nothing for a revoked or expired link, and refuses a person who signs in with her own account', async () => {
    const personId = await newPerson();
    const revoked = await invite(personId);
    await request(test.url, 'DELETE', `/api/centers/demo/invitations/${revoked.invitation.id}`, {
      cookie: coordinator,
    });
    expect(await (await current(personId)).json()).toEqual({ current: null });
    await invite(personId);
    test.clock.advance(INVITATION_LIFETIME_MS + 1000);
    try {
      expect(await (await current(personId)).json()).toEqual({ current: null });
    } finally {
      test.clock.advance(-(INVITATION_LIFETIME_MS + 1000));
    }
    const withAccount = await current('demo-anna');
    expect(withAccount.status).toBe(409);
    expect(await withAccount.json()).toMatchObject({ error: 'account-exists', message: expect.any(String) });
  });

  it('refuses team leads and volunteers, and people of other centers', async () => {
    for (const email of ['bereichsleitung@demo.test', 'ehrenamt@demo.test']) {
      const cookie = await loginAs(test.url, email);
      const post = await request(test.url, 'POST', '/api/centers/demo/people/demo-anna/invitations', { cookie });
      expect(post.status).toBe(403);
      const get = await request(test.url, 'GET', '/api/centers/demo/people/demo-anna/invitations', { cookie });
      expect(get.status).toBe(403);
    }
    const unknown = await request(test.url, 'POST', '/api/centers/demo/people/gibt-es-nicht/invitations', {
      cookie: coordinator,
    });
    expect(unknown.status).toBe(404);
  });

  it('signs a person without account in, once; the second use is refused', async () => {
    await addPerson('person-hilde');
    const { token } = await invite('person-hilde');
    const first = await redeem(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      user: { email: 'person-person-hilde@invited.invalid' },
      memberships: [{ center: 'demo', personId: 'person-hilde', role: 'volunteer', displayName: 'Hilde O.' }],
    });
    const cookie = sessionCookieOf(first);
    const me = await request(test.url, 'GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);

    const second = await redeem(token);
    expect(second.status).toBe(410);
    expect(await second.json()).toEqual({ error: 'invitation-invalid', message: INVITATION_INVALID_MESSAGE });
    expect(sessionCookieOf(second)).toBeNull();
  });

  it('refuses expired links', async () => {
    const { token } = await invite(await newPerson());
    test.clock.advance(INVITATION_LIFETIME_MS + 1000);
    try {
      expect((await redeem(token)).status).toBe(410);
    } finally {
      test.clock.advance(-(INVITATION_LIFETIME_MS + 1000));
    }
  });

  it('refuses revoked links, and a new link revokes the older ones', async () => {
    const personId = await newPerson();
    const revoked = await invite(personId);
    const gone = await request(test.url, 'DELETE', `/api/centers/demo/invitations/${revoked.invitation.id}`, {
      cookie: coordinator,
    });
    expect(gone.status).toBe(204);
    expect((await redeem(revoked.token)).status).toBe(410);

    const older = await invite(personId);
    const newer = await invite(personId);
    const list = await request(test.url, 'GET', `/api/centers/demo/people/${personId}/invitations`, {
      cookie: coordinator,
    });
    expect(await list.json()).toEqual({ invitations: [expect.objectContaining({ id: newer.invitation.id })] });
    expect((await redeem(older.token)).status).toBe(410);
    expect((await redeem(newer.token)).status).toBe(200);
  });

  it('refuses unknown and garbled tokens alike, and throttles by address', async () => {
    for (const token of ['a'.repeat(40), 'kaputt', '']) {
      const response = await redeem(token);
      expect(response.status).toBe(410);
    }
    for (let i = 0; i < 2; i++) await redeem('b'.repeat(40));
    const limited = await redeem('c'.repeat(40));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
  });
});
