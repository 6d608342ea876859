/**
 * The board's people context of one week over HTTP (issue 5), against a real server and its SQLite file
 * with the demo seed (seeded on 2026-11-26, a Thursday in 2026-W48): what it answers, what it leaves out
 * for privacy, and that it follows the records as they change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleContext } from '@schichtbrett/domain';
import { createSession, SESSION_COOKIE } from '../src/auth/sessions';
import { request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

const BASE = '/api/centers/demo';

describe('people context API', () => {
  let test: AuthTestServer;
  let coordinator: string;
  let teamLead: string;
  let volunteer: string;

  async function cookieOf(userId: string): Promise<string> {
    const { token } = await createSession(test.database.db, { userId, now: test.clock.now() });
    return `${SESSION_COOKIE}=${token}`;
  }

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await cookieOf('user-demo-sabine');
    teamLead = await cookieOf('user-demo-markus');
    volunteer = await cookieOf('user-demo-petra');
  });
  afterAll(() => test.close());

  const call = (method: string, path: string, cookie: string = coordinator, body?: unknown) =>
    request(test.url, method, `${BASE}${path}`, { cookie, body });

  async function contextOf(week: string, cookie = coordinator): Promise<PeopleContext> {
    const response = await call('GET', `/weeks/${week}/people-context`, cookie);
    expect(response.status).toBe(200);
    return (await response.json()) as PeopleContext;
  }

  const personIn = (context: PeopleContext, personId: string) =>
    context.people.find((person) => person.personId === personId);

  it("answers the areas' requirements and the seeded people's week", async () => {
    const context = await contextOf('2026-W48');
    expect(context.week).toBe('2026-W48');
    expect(context.requirements).toEqual({
      'demo-cafe': ['hygiene'],
      'demo-fahrdienst': ['fuehrerschein'],
      'demo-fruehstueck': ['hygiene'],
      'demo-kinder': ['fuehrungszeugnis'],
      'demo-mittagstisch': ['hygiene'],
    });
    expect(personIn(context, 'demo-anna')).toEqual({
      personId: 'demo-anna',
      qualifications: [{ kind: 'hygiene', validUntil: null }],
      absences: [],
      availability: [
        { weekday: 1, kind: 'part-of-day', part: 'vormittags' },
        { weekday: 3, kind: 'part-of-day', part: 'vormittags' },
        { weekday: 5, kind: 'part-of-day', part: 'vormittags' },
      ],
    });
    // Olga's Belehrung ran out before the week: said as the day before it, not when.
    expect(personIn(context, 'demo-olga')?.qualifications).toEqual([{ kind: 'hygiene', validUntil: '2026-11-22' }]);
    // Karin's holiday from Thursday on, with its real last day and, for a coordinator, its reason.
    expect(personIn(context, 'demo-karin')?.absences).toEqual([
      { from: '2026-11-26', to: '2026-12-04', reason: 'Urlaub' },
    ]);
    // Ben holds no Belehrung at all.
    expect(personIn(context, 'demo-ben')?.qualifications.map((q) => q.kind)).toEqual(['fuehrungszeugnis']);
  });

  it('gives only absences that touch the week', async () => {
    expect(personIn(await contextOf('2026-W49'), 'demo-karin')?.absences).toHaveLength(1);
    expect(personIn(await contextOf('2026-W50'), 'demo-karin')?.absences ?? []).toEqual([]);
  });

  it("never shows a Führungszeugnis's dates or result, only whether it counts", async () => {
    const stored = await call('POST', '/people/demo-mehmet/qualifications', coordinator, {
      kind: 'fuehrungszeugnis',
      inspectedOn: '2026-11-20',
      certificateDate: '2026-11-02',
      result: 'mit-eintrag',
    });
    expect(stored.status).toBe(201);
    const context = await contextOf('2026-W48');
    expect(personIn(context, 'demo-mehmet')?.qualifications).toEqual([{ kind: 'hygiene', validUntil: null }]);
    const text = JSON.stringify(context);
    for (const secret of ['2026-11-02', '2026-11-20', 'mit-eintrag', 'ohne-eintrag', 'certificateDate', 'inspectedOn'])
      expect(text).not.toContain(secret);
  });

  it('gives a record that ends within the week its last day, so the board warns from the day after', async () => {
    // Lena's Führungszeugnis counts three weeks longer than the seed day: to 2026-12-16, in 2026-W51.
    const context = await contextOf('2026-W51');
    expect(personIn(context, 'demo-lena')?.qualifications).toContainEqual({
      kind: 'fuehrungszeugnis',
      validUntil: '2026-12-16',
    });
  });

  it('follows the records: a new absence and new slots show in the next answer', async () => {
    expect(
      (
        await call('POST', '/people/demo-elif/absences', coordinator, {
          from: '2026-11-27',
          to: '2026-11-27',
          reason: 'Arzttermin',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('PUT', '/people/demo-elif/availability', coordinator, {
          slots: [{ weekday: 5, kind: 'time', start: '14:00', end: '16:00' }],
        })
      ).status,
    ).toBe(200);
    const elif = personIn(await contextOf('2026-W48'), 'demo-elif');
    expect(elif?.absences).toEqual([{ from: '2026-11-27', to: '2026-11-27', reason: 'Arzttermin' }]);
    expect(elif?.availability).toEqual([{ weekday: 5, kind: 'time', start: '14:00', end: '16:00' }]);
  });

  it('gives team leads the same without absence reasons, and refuses volunteers', async () => {
    const context = await contextOf('2026-W48', teamLead);
    expect(personIn(context, 'demo-karin')?.absences).toEqual([{ from: '2026-11-26', to: '2026-12-04' }]);
    expect(JSON.stringify(context)).not.toContain('Urlaub');
    const refused = await call('GET', '/weeks/2026-W48/people-context', volunteer);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/Koordination/) });
  });

  it('leaves out people who are no longer active', async () => {
    await test.database.db.updateTable('people').set({ active: 0 }).where('id', '=', 'demo-anna').execute();
    expect(personIn(await contextOf('2026-W48'), 'demo-anna')).toBeUndefined();
    await test.database.db.updateTable('people').set({ active: 1 }).where('id', '=', 'demo-anna').execute();
  });

  it('answers 404 for a week that does not exist', async () => {
    const response = await call('GET', '/weeks/2026-W60/people-context');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not-found' });
  });
});
