import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

describe('HTTP API', () => {
  let test: AuthTestServer;
  let coordinator: string;
  let volunteer: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
    volunteer = await loginAs(test.url, 'ehrenamt@demo.test');
  });

  afterAll(() => test.close());

  const get = (path: string, cookie: string | null = null) => request(test.url, 'GET', path, { cookie });

  it('reports health with the version and the database status, without a session', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: 'ok',
    });
  });

  it('lists the centers of the signed-in user with their current week in their own time zone', async () => {
    const response = await get('/api/centers', volunteer);
    expect(await response.json()).toEqual({
      centers: [
        {
          slug: 'demo',
          name: 'Mütterzentrum Sonnenhaus',
          timeZone: 'Europe/Berlin',
          currentWeek: '2026-W48',
          gapsWeek: '2026-W48',
        },
      ],
    });
  });

  it('gives volunteers areas and people as first name and initial only, and their own membership', async () => {
    const body = (await (await get('/api/centers/demo', volunteer)).json()) as {
      areas: { name: string }[];
      people: Record<string, unknown>[];
      me: unknown;
    };
    expect(body.areas.map((a) => a.name)).toContain('Kinderbetreuung');
    expect(body.people).toContainEqual({ id: 'demo-anna', displayName: 'Anna K.', initials: 'AK' });
    for (const person of body.people) expect(Object.keys(person).sort()).toEqual(['displayName', 'id', 'initials']);
    expect(body.me).toEqual({
      center: 'demo',
      personId: 'demo-petra',
      role: 'volunteer',
      areaIds: [],
      displayName: 'Petra E.',
    });
  });

  it('gives coordinators the contact data of people too', async () => {
    const body = (await (await get('/api/centers/demo', coordinator)).json()) as {
      people: Record<string, unknown>[];
      me: { role: string };
    };
    expect(body.me.role).toBe('coordinator');
    expect(body.people).toContainEqual({
      id: 'demo-anna',
      displayName: 'Anna K.',
      initials: 'AK',
      email: 'ehrenamt01@demo.test',
      phone: null,
    });
  });

  it("gives a team lead the contact data of their areas' regulars only", async () => {
    const teamLead = await loginAs(test.url, 'bereichsleitung@demo.test');
    const body = (await (await get('/api/centers/demo', teamLead)).json()) as {
      people: { id: string; email?: string | null }[];
    };
    const byId = new Map(body.people.map((person) => [person.id, person]));
    // Anna is a regular in the café, Gisela at breakfast: both areas of this team lead.
    expect(byId.get('demo-anna')).toMatchObject({ email: 'ehrenamt01@demo.test' });
    expect(byId.get('demo-gisela')).toHaveProperty('email');
    // Jonas helps only with homework, Clara only with childcare: not this lead's people.
    expect(byId.get('demo-jonas')).not.toHaveProperty('email');
    expect(byId.get('demo-clara')).not.toHaveProperty('email');
  });

  it('answers unknown routes with 404 JSON, and unknown centers like foreign ones with 403', async () => {
    const unknown = await get('/api/nope', coordinator);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/application\/json/);
    expect(await unknown.json()).toMatchObject({ error: 'not-found', message: expect.any(String) });
    for (const path of ['/api/centers/unknown', '/api/centers/NOT%20A%20SLUG']) {
      const response = await get(path, coordinator);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'forbidden', message: expect.any(String) });
    }
  });

  it('answers invalid JSON bodies with 400 and a message', async () => {
    const response = await fetch(`${test.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://schichtbrett.test' },
      body: '{"email": "x",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-json', message: expect.stringContaining('JSON') });
  });

  it('refuses a non-JSON body with 415', async () => {
    const response = await fetch(`${test.url}/api/auth/login`, {
      method: 'POST',
      body: 'email=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://schichtbrett.test' },
    });
    expect(response.status).toBe(415);
  });

  it('answers plain HTTP on /sync with 426', async () => {
    expect((await get('/sync/week/demo/2026-W48')).status).toBe(426);
  });

  it('seeds the demo center once, with its eighteen accounts', async () => {
    const centers = await test.database.db.selectFrom('centers').select('slug').execute();
    const users = await test.database.db.selectFrom('users').select('id').execute();
    expect(centers).toEqual([{ slug: 'demo' }]);
    expect(users).toHaveLength(18);
  });
});
