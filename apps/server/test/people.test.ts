/**
 * People management over HTTP against a real server and SQLite file: coordinators list, add and change
 * the people of their center; bad input changes nothing; the last coordinator cannot be removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, request, sessionCookieOf } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

interface PersonBody {
  id: string;
  firstName: string;
  lastName: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: string;
  areaIds: string[];
  active: boolean;
  hasAccount: boolean;
}

describe('people management API', () => {
  let test: AuthTestServer;
  let coordinator: string;
  let teamLead: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
    teamLead = await loginAs(test.url, 'bereichsleitung@demo.test');
  });
  afterAll(() => test.close());

  const call = (method: string, path: string, body?: unknown, cookie: string | null = coordinator) =>
    request(test.url, method, path, { cookie, body });

  async function peopleCount(): Promise<number> {
    const rows = await test.database.db.selectFrom('people').select('id').execute();
    return rows.length;
  }

  it('lists everyone of the center with full names, contact data, role, areas and account', async () => {
    const response = await call('GET', '/api/centers/demo/people');
    expect(response.status).toBe(200);
    const { people } = (await response.json()) as { people: PersonBody[] };
    expect(people).toContainEqual({
      id: 'demo-markus',
      firstName: 'Markus',
      lastName: expect.any(String),
      displayName: 'Markus L.',
      email: 'bereichsleitung@demo.test',
      phone: expect.toSatisfy((value: unknown) => value === null || typeof value === 'string'),
      role: 'team-lead',
      areaIds: ['demo-cafe', 'demo-fruehstueck'],
      active: true,
      hasAccount: true,
    });
  });

  it('refuses team leads (and everyone not coordinating the center) with 403', async () => {
    const response = await call('GET', '/api/centers/demo/people', undefined, teamLead);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: 'forbidden',
      message: expect.stringContaining('Koordination'),
    });
    expect(
      (await call('POST', '/api/centers/demo/people', { firstName: 'A', lastName: 'B', role: 'volunteer' }, teamLead))
        .status,
    ).toBe(403);
  });

  it('adds a volunteer without e-mail: no account', async () => {
    const response = await call('POST', '/api/centers/demo/people', {
      firstName: ' Hilde ',
      lastName: 'Berger',
      phone: '0171 123456',
      role: 'volunteer',
    });
    expect(response.status).toBe(201);
    const { person } = (await response.json()) as { person: PersonBody };
    expect(person).toMatchObject({
      firstName: 'Hilde',
      lastName: 'Berger',
      displayName: 'Hilde B.',
      email: null,
      phone: '0171 123456',
      role: 'volunteer',
      areaIds: [],
      active: true,
      hasAccount: false,
    });
  });

  it('adds a team lead with e-mail: no account yet (the first invitation link makes it)', async () => {
    const response = await call('POST', '/api/centers/demo/people', {
      firstName: 'Tina',
      lastName: 'Teig',
      email: 'Tina.Teig@Example.org',
      role: 'team-lead',
      areaIds: ['demo-kinder'],
    });
    expect(response.status).toBe(201);
    const { person } = (await response.json()) as { person: PersonBody };
    expect(person).toMatchObject({
      email: 'tina.teig@example.org',
      role: 'team-lead',
      areaIds: ['demo-kinder'],
      hasAccount: false,
    });
    const user = await test.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'tina.teig@example.org')
      .executeTakeFirst();
    expect(user).toBeUndefined();
  });

  it('never links an existing account by e-mail, here or in another center; refuses a second person of it here', async () => {
    await test.database.db
      .insertInto('centers')
      .values({ slug: 'zweites', name: 'Zweites Zentrum', time_zone: 'Europe/Berlin', state_code: 'HE' })
      .execute();
    const center = await test.database.db
      .selectFrom('centers')
      .select('id')
      .where('slug', '=', 'zweites')
      .executeTakeFirstOrThrow();
    await test.database.db
      .insertInto('people')
      .values({
        id: 'zweites-sabine',
        center_id: center.id,
        first_name: 'Sabine',
        last_name: 'K',
        email: null,
        phone: null,
        user_id: 'user-demo-sabine',
        role: 'coordinator',
      })
      .execute();
    const again = await call('POST', '/api/centers/demo/people', {
      firstName: 'Markus',
      lastName: 'Doppelt',
      email: 'bereichsleitung@demo.test',
      role: 'volunteer',
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already-member' });

    // Sabine coordinates "zweites" too and adds Markus there: a person without account, until Markus
    // himself accepts an invitation (ADR 21). His memberships do not change.
    const added = await call('POST', '/api/centers/zweites/people', {
      firstName: 'Markus',
      lastName: 'Lehmann',
      email: 'bereichsleitung@demo.test',
      role: 'coordinator',
    });
    expect(added.status).toBe(201);
    const { person } = (await added.json()) as { person: PersonBody };
    expect(person.hasAccount).toBe(false);
    // Giving a person an address later links nothing either.
    const plain = (await (
      await call('POST', '/api/centers/zweites/people', { firstName: 'Neu', lastName: 'Ohne', role: 'volunteer' })
    ).json()) as { person: PersonBody };
    const patched = await call('PATCH', `/api/centers/zweites/people/${plain.person.id}`, {
      email: 'ehrenamt@demo.test',
    });
    expect(((await patched.json()) as { person: PersonBody }).person.hasAccount).toBe(false);
    const rows = await test.database.db
      .selectFrom('people')
      .select('user_id')
      .where('id', 'in', [person.id, plain.person.id])
      .execute();
    expect(rows).toEqual([{ user_id: null }, { user_id: null }]);
    const me = (await (await call('GET', '/api/auth/me', undefined, teamLead)).json()) as { memberships: unknown[] };
    expect(me.memberships).toHaveLength(1);
  });

  it.each<[string, unknown, RegExp]>([
    ['no first name', { firstName: '  ', lastName: 'X', role: 'volunteer' }, /Vornamen/],
    ['no last name', { firstName: 'X', role: 'volunteer' }, /Nachnamen/],
    ['an unknown role', { firstName: 'X', lastName: 'Y', role: 'admin' }, /Rolle/],
    ['a bad e-mail address', { firstName: 'X', lastName: 'Y', role: 'volunteer', email: 'nope' }, /E-Mail-Adresse/],
    [
      'letters in the phone number',
      { firstName: 'X', lastName: 'Y', role: 'volunteer', phone: 'abc' },
      /Telefonnummer/,
    ],
    ['an area of no center', { firstName: 'X', lastName: 'Y', role: 'team-lead', areaIds: ['mars'] }, /Bereich „mars“/],
  ])('refuses %s with 400 and a German message, adding nobody', async (_what, body, message) => {
    const before = await peopleCount();
    const response = await call('POST', '/api/centers/demo/people', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-input', message: expect.stringMatching(message) });
    expect(await peopleCount()).toBe(before);
  });

  it('changes name, role and areas; areas of other roles are dropped', async () => {
    const created = (await (
      await call('POST', '/api/centers/demo/people', { firstName: 'Olga', lastName: 'Ost', role: 'volunteer' })
    ).json()) as { person: PersonBody };
    const path = `/api/centers/demo/people/${created.person.id}`;
    const lead = await call('PATCH', path, { role: 'team-lead', areaIds: ['demo-cafe'], lastName: 'West' });
    expect(lead.status).toBe(200);
    expect(((await lead.json()) as { person: PersonBody }).person).toMatchObject({
      lastName: 'West',
      displayName: 'Olga W.',
      role: 'team-lead',
      areaIds: ['demo-cafe'],
    });
    const bad = await call('PATCH', path, { areaIds: ['demo-cafe', 'nirgends'] });
    expect(bad.status).toBe(400);
    const back = await call('PATCH', path, { role: 'volunteer' });
    expect(((await back.json()) as { person: PersonBody }).person).toMatchObject({ role: 'volunteer', areaIds: [] });
    const off = await call('PATCH', path, { active: false });
    expect(((await off.json()) as { person: PersonBody }).person.active).toBe(false);
    expect((await call('PATCH', '/api/centers/demo/people/gibt-es-nicht', { active: false })).status).toBe(404);
  });

  it('does not let the last active coordinator go, by role or by deactivation', async () => {
    for (const body of [{ role: 'volunteer' }, { active: false }]) {
      const response = await call('PATCH', '/api/centers/demo/people/demo-sabine', body);
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({
        error: 'last-coordinator',
        message: expect.stringContaining('letzte'),
      });
    }
    const row = await test.database.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', 'demo-sabine')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'coordinator', active: 1 });
  });

  it('ends the sessions of a deactivated person without another membership', async () => {
    const created = (await (
      await call('POST', '/api/centers/demo/people', {
        firstName: 'Emil',
        lastName: 'Ende',
        role: 'volunteer',
        email: 'emil@example.org',
      })
    ).json()) as { person: PersonBody };
    const link = (await (await call('POST', `/api/centers/demo/people/${created.person.id}/invitations`)).json()) as {
      invitation: { url: string };
    };
    const redeemed = await request(test.url, 'POST', '/api/invitations/redeem', {
      body: { token: link.invitation.url.split('/').at(-1) },
    });
    const emil = sessionCookieOf(redeemed);
    const user = await test.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'emil@example.org')
      .executeTakeFirstOrThrow();
    expect((await call('GET', '/api/auth/me', undefined, emil)).status).toBe(200);
    await call('PATCH', `/api/centers/demo/people/${created.person.id}`, { active: false });
    expect((await call('GET', '/api/auth/me', undefined, emil)).status).toBe(401);
    const sessions = await test.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toEqual([]);
  });
});
