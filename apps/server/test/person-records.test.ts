/**
 * Qualification records, absences, weekly availability, area requirements and the expiry list over HTTP
 * (issue 5), against a real server and its SQLite file with the demo seed: happy paths, German 400s that
 * write nothing, and who may read and write whose records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../src/auth/sessions';
import { request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

const BASE = '/api/centers/demo';

describe('person records API', () => {
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
    // These tests arrange every record they read; the demo's own (demo-records.ts) would only blur them.
    for (const table of ['qualification_records', 'absences', 'availability_slots'] as const)
      await test.database.db.deleteFrom(table).execute();
  });
  afterAll(() => test.close());

  const call = (method: string, path: string, body?: unknown, cookie: string | null = coordinator) =>
    request(test.url, method, `${BASE}${path}`, { cookie, body });

  async function count(table: 'qualification_records' | 'absences' | 'availability_slots' | 'area_requirements') {
    const rows = await test.database.db.selectFrom(table).selectAll().execute();
    return rows.length;
  }

  async function expectInvalid(response: Response, messagePart: string | RegExp): Promise<void> {
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('invalid-input');
    expect(body.message).toMatch(messagePart);
    // German, never valibot's English defaults.
    expect(body.message).not.toMatch(/Invalid|Expected/);
  }

  describe('qualifications', () => {
    it('records each kind and answers how long it counts (Führungszeugnis after the center setting)', async () => {
      const fz = await call('POST', '/people/demo-anna/qualifications', {
        kind: 'fuehrungszeugnis',
        inspectedOn: '2026-11-20',
        certificateDate: '2026-11-01',
        result: 'ohne-eintrag',
      });
      expect(fz.status).toBe(201);
      expect(await fz.json()).toEqual({
        qualification: {
          id: expect.stringMatching(/^qualification-/),
          kind: 'fuehrungszeugnis',
          inspectedOn: '2026-11-20',
          certificateDate: '2026-11-01',
          result: 'ohne-eintrag',
          createdAt: expect.any(String),
          validity: 'until',
          validUntil: '2031-10-31',
        },
      });
      const hygiene = await call('POST', '/people/demo-anna/qualifications', { kind: 'hygiene', date: '2026-03-10' });
      expect(hygiene.status).toBe(201);
      expect(await hygiene.json()).toMatchObject({
        qualification: { kind: 'hygiene', date: '2026-03-10', validity: 'until', validUntil: '2028-03-09' },
      });
      const licence = await call('POST', '/people/demo-anna/qualifications', {
        kind: 'fuehrerschein',
        inspectedOn: '2026-11-02',
      });
      expect(await licence.json()).toMatchObject({
        qualification: { kind: 'fuehrerschein', validity: 'no-expiry', validUntil: null },
      });
      const withEntry = await call('POST', '/people/demo-anna/qualifications', {
        kind: 'fuehrungszeugnis',
        inspectedOn: '2026-11-20',
        certificateDate: '2026-11-01',
        result: 'mit-eintrag',
      });
      expect(await withEntry.json()).toMatchObject({ qualification: { validity: 'never', validUntil: null } });

      await test.database.db
        .updateTable('centers')
        .set({ fuehrungszeugnis_years: 3 })
        .where('slug', '=', 'demo')
        .execute();
      try {
        const list = await call('GET', '/people/demo-anna/qualifications');
        expect(list.status).toBe(200);
        const { qualifications } = (await list.json()) as {
          qualifications: { kind: string; result?: string; validUntil: string | null }[];
        };
        expect(qualifications.map((q) => q.kind)).toEqual([
          'fuehrungszeugnis',
          'hygiene',
          'fuehrerschein',
          'fuehrungszeugnis',
        ]);
        expect(qualifications[0]?.validUntil).toBe('2029-10-31');
      } finally {
        await test.database.db
          .updateTable('centers')
          .set({ fuehrungszeugnis_years: 5 })
          .where('slug', '=', 'demo')
          .execute();
      }
    });

    it('stores a Hygienebelehrung where the claim rules read it', async () => {
      const response = await call('POST', '/people/demo-ben/qualifications', { kind: 'hygiene', date: '2026-01-15' });
      const { qualification } = (await response.json()) as { qualification: { id: string } };
      const row = await test.database.db
        .selectFrom('qualification_records')
        .selectAll()
        .where('id', '=', qualification.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ person_id: 'demo-ben', kind: 'hygiene', valid_from: '2026-01-15' });
    });

    it('refuses bad bodies with a German 400 and writes nothing', async () => {
      const before = await count('qualification_records');
      await expectInvalid(
        await call('POST', '/people/demo-anna/qualifications', { kind: 'impfung' }),
        /Art des Nachweises/,
      );
      await expectInvalid(
        await call('POST', '/people/demo-anna/qualifications', { kind: 'hygiene', date: '2026-02-30' }),
        /gültiges Datum/,
      );
      await expectInvalid(
        await call('POST', '/people/demo-anna/qualifications', {
          kind: 'fuehrungszeugnis',
          inspectedOn: '2026-11-20',
          certificateDate: '2026-11-01',
          result: 'vielleicht',
        }),
        /ohne-eintrag/,
      );
      await expectInvalid(
        await call('POST', '/people/demo-anna/qualifications', {
          kind: 'fuehrungszeugnis',
          inspectedOn: '2026-11-01',
          certificateDate: '2026-11-20',
          result: 'ohne-eintrag',
        }),
        /Ausstellungsdatum/,
      );
      // Never a document.
      await expectInvalid(
        await call('POST', '/people/demo-anna/qualifications', {
          kind: 'fuehrungszeugnis',
          inspectedOn: '2026-11-20',
          certificateDate: '2026-11-01',
          result: 'ohne-eintrag',
          document: 'data:application/pdf;base64,AAAA',
        }),
        /kein Dokument/,
      );
      await expectInvalid(await call('POST', '/people/demo-anna/qualifications', ['hygiene']), /Art des Nachweises/);
      expect(await count('qualification_records')).toBe(before);
    });

    it('deletes a record; an unknown one (or one of somebody else) is 404', async () => {
      const created = await call('POST', '/people/demo-clara/qualifications', { kind: 'hygiene', date: '2026-05-05' });
      const { qualification } = (await created.json()) as { qualification: { id: string } };
      expect((await call('DELETE', `/people/demo-anna/qualifications/${qualification.id}`)).status).toBe(404);
      expect((await call('DELETE', `/people/demo-clara/qualifications/${qualification.id}`)).status).toBe(204);
      expect((await call('DELETE', `/people/demo-clara/qualifications/${qualification.id}`)).status).toBe(404);
    });

    it('lets a person read their own records but write none; others see nothing', async () => {
      await call('POST', '/people/demo-petra/qualifications', { kind: 'fuehrerschein', inspectedOn: '2026-10-01' });
      const own = await call('GET', '/people/demo-petra/qualifications', undefined, volunteer);
      expect(own.status).toBe(200);
      expect(await own.json()).toMatchObject({ qualifications: [{ kind: 'fuehrerschein' }] });

      const before = await count('qualification_records');
      const selfWrite = await call(
        'POST',
        '/people/demo-petra/qualifications',
        { kind: 'hygiene', date: '2026-11-01' },
        volunteer,
      );
      expect(selfWrite.status).toBe(403);
      expect(await selfWrite.json()).toMatchObject({
        error: 'forbidden',
        message: expect.stringContaining('Koordination'),
      });
      expect((await call('GET', '/people/demo-anna/qualifications', undefined, volunteer)).status).toBe(403);
      expect((await call('GET', '/people/demo-anna/qualifications', undefined, teamLead)).status).toBe(403);
      expect(
        (await call('POST', '/people/demo-anna/qualifications', { kind: 'hygiene', date: '2026-11-01' }, teamLead))
          .status,
      ).toBe(403);
      expect((await call('GET', '/people/demo-markus/qualifications', undefined, teamLead)).status).toBe(200);
      expect(await count('qualification_records')).toBe(before);
      expect((await call('GET', '/people/gibt-es-nicht/qualifications')).status).toBe(404);
      expect((await call('GET', '/people/demo-anna/qualifications', undefined, null)).status).toBe(401);
    });
  });

  describe('expiring qualifications', () => {
    it('lists whose Nachweise run out within the weeks asked for, with display names, soonest first', async () => {
      // Today is 2026-11-26 (the test clock).
      await call('POST', '/people/demo-dieter/qualifications', { kind: 'hygiene', date: '2024-12-10' });
      await call('POST', '/people/demo-elif/qualifications', {
        kind: 'fuehrungszeugnis',
        inspectedOn: '2022-01-05',
        certificateDate: '2021-12-20',
        result: 'ohne-eintrag',
      });
      // Expired already: "missing", not "expiring".
      await call('POST', '/people/demo-fatima/qualifications', { kind: 'hygiene', date: '2024-01-10' });
      // Renewed: the newer record counts.
      await call('POST', '/people/demo-gisela/qualifications', { kind: 'hygiene', date: '2024-12-01' });
      await call('POST', '/people/demo-gisela/qualifications', { kind: 'hygiene', date: '2026-11-01' });

      const response = await call('GET', '/qualifications/expiring?weeks=8');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        today: '2026-11-26',
        weeks: 8,
        people: [
          { personId: 'demo-dieter', displayName: 'Dieter H.', expiring: [{ kind: 'hygiene', lastDay: '2026-12-09' }] },
          {
            personId: 'demo-elif',
            displayName: 'Elif Y.',
            expiring: [{ kind: 'fuehrungszeugnis', lastDay: '2026-12-19' }],
          },
        ],
      });
      const shorter = (await (await call('GET', '/qualifications/expiring?weeks=2')).json()) as {
        people: { personId: string }[];
      };
      expect(shorter.people.map((p) => p.personId)).toEqual(['demo-dieter']);
      const byDefault = (await (await call('GET', '/qualifications/expiring')).json()) as { weeks: number };
      expect(byDefault.weeks).toBe(8);
    });

    it('refuses a bad number of weeks and everyone but coordinators', async () => {
      await expectInvalid(await call('GET', '/qualifications/expiring?weeks=acht'), /weeks/);
      await expectInvalid(await call('GET', '/qualifications/expiring?weeks=0'), /weeks/);
      expect((await call('GET', '/qualifications/expiring', undefined, teamLead)).status).toBe(403);
      expect((await call('GET', '/qualifications/expiring', undefined, volunteer)).status).toBe(403);
    });
  });

  describe('absences', () => {
    it('lets a person add, list and delete their own absences', async () => {
      const created = await call(
        'POST',
        '/people/demo-petra/absences',
        { from: '2026-12-20', to: '2027-01-03', reason: ' Urlaub ' },
        volunteer,
      );
      expect(created.status).toBe(201);
      const { absence } = (await created.json()) as { absence: { id: string } };
      expect(absence).toEqual({ id: expect.any(String), from: '2026-12-20', to: '2027-01-03', reason: 'Urlaub' });
      const oneDay = await call(
        'POST',
        '/people/demo-petra/absences',
        { from: '2026-12-01', to: '2026-12-01' },
        volunteer,
      );
      expect(await oneDay.json()).toMatchObject({ absence: { from: '2026-12-01', to: '2026-12-01', reason: null } });

      const list = await call('GET', '/people/demo-petra/absences', undefined, volunteer);
      expect(await list.json()).toEqual({
        absences: [
          { id: expect.any(String), from: '2026-12-01', to: '2026-12-01', reason: null },
          { id: absence.id, from: '2026-12-20', to: '2027-01-03', reason: 'Urlaub' },
        ],
      });
      expect((await call('DELETE', `/people/demo-petra/absences/${absence.id}`, undefined, volunteer)).status).toBe(
        204,
      );
      expect((await call('DELETE', `/people/demo-petra/absences/${absence.id}`, undefined, volunteer)).status).toBe(
        404,
      );
    });

    it('lets a coordinator keep anyone’s absences, nobody else', async () => {
      const created = await call('POST', '/people/demo-hans/absences', { from: '2026-12-10', to: '2026-12-12' });
      expect(created.status).toBe(201);
      const { absence } = (await created.json()) as { absence: { id: string } };
      const before = await count('absences');
      expect(
        (await call('POST', '/people/demo-hans/absences', { from: '2026-12-10', to: '2026-12-12' }, volunteer)).status,
      ).toBe(403);
      expect(
        (await call('POST', '/people/demo-hans/absences', { from: '2026-12-10', to: '2026-12-12' }, teamLead)).status,
      ).toBe(403);
      expect((await call('GET', '/people/demo-hans/absences', undefined, teamLead)).status).toBe(403);
      expect((await call('DELETE', `/people/demo-hans/absences/${absence.id}`, undefined, volunteer)).status).toBe(403);
      expect(await count('absences')).toBe(before);
      expect((await call('DELETE', `/people/demo-hans/absences/${absence.id}`)).status).toBe(204);
    });

    it('refuses bad absences with a German 400 and writes nothing', async () => {
      const before = await count('absences');
      await expectInvalid(
        await call('POST', '/people/demo-petra/absences', { from: '2026-12-20', to: '2026-12-10' }, volunteer),
        /Ende der Abwesenheit/,
      );
      await expectInvalid(
        await call('POST', '/people/demo-petra/absences', { from: '20.12.2026', to: '2026-12-24' }, volunteer),
        /JJJJ-MM-TT/,
      );
      await expectInvalid(await call('POST', '/people/demo-petra/absences', { to: '2026-12-24' }, volunteer), /Beginn/);
      await expectInvalid(await call('POST', '/people/demo-petra/absences', 'Urlaub', volunteer), /Beginn/);
      expect(await count('absences')).toBe(before);
    });
  });

  describe('availability', () => {
    it('replaces the weekly slots of a person (themselves or a coordinator)', async () => {
      const slots = [
        { weekday: 1, kind: 'part-of-day', part: 'vormittags' },
        { weekday: 3, kind: 'time', start: '14:00', end: '18:30' },
      ];
      const put = await call('PUT', '/people/demo-petra/availability', { slots }, volunteer);
      expect(put.status).toBe(200);
      expect(await put.json()).toEqual({ slots });
      expect(await (await call('GET', '/people/demo-petra/availability', undefined, volunteer)).json()).toEqual({
        slots,
      });

      const byCoordinator = await call('PUT', '/people/demo-petra/availability', { slots: [slots[1], slots[1]] });
      expect(await byCoordinator.json()).toEqual({ slots: [slots[1]] });
      expect(await (await call('GET', '/people/demo-petra/availability')).json()).toEqual({ slots: [slots[1]] });
      expect(await (await call('PUT', '/people/demo-petra/availability', { slots: [] })).json()).toEqual({ slots: [] });
    });

    it('refuses bad slots with a German 400 and keeps the old ones; others may not touch them', async () => {
      const slots = [{ weekday: 5, kind: 'part-of-day', part: 'abends' }];
      await call('PUT', '/people/demo-petra/availability', { slots }, volunteer);
      await expectInvalid(
        await call(
          'PUT',
          '/people/demo-petra/availability',
          { slots: [{ weekday: 8, kind: 'part-of-day', part: 'abends' }] },
          volunteer,
        ),
        /Wochentag/,
      );
      await expectInvalid(
        await call(
          'PUT',
          '/people/demo-petra/availability',
          { slots: [{ weekday: 2, kind: 'time', start: '18:00', end: '09:00' }] },
          volunteer,
        ),
        /Ende eines Zeitfensters/,
      );
      await expectInvalid(await call('PUT', '/people/demo-petra/availability', {}, volunteer), /Liste/);
      expect((await call('PUT', '/people/demo-anna/availability', { slots: [] }, volunteer)).status).toBe(403);
      expect((await call('GET', '/people/demo-anna/availability', undefined, teamLead)).status).toBe(403);
      expect(await (await call('GET', '/people/demo-petra/availability', undefined, volunteer)).json()).toEqual({
        slots,
      });
    });
  });

  describe('area requirements', () => {
    it('lets coordinators set what an area requires and every member read it', async () => {
      const put = await call('PUT', '/areas/demo-mittagstisch/requirements', {
        kinds: ['hygiene', 'fuehrungszeugnis', 'hygiene'],
      });
      expect(put.status).toBe(200);
      expect(await put.json()).toEqual({ areaId: 'demo-mittagstisch', kinds: ['fuehrungszeugnis', 'hygiene'] });
      for (const cookie of [volunteer, teamLead]) {
        const read = await call('GET', '/areas/demo-mittagstisch/requirements', undefined, cookie);
        expect(await read.json()).toEqual({ areaId: 'demo-mittagstisch', kinds: ['fuehrungszeugnis', 'hygiene'] });
      }
      expect(await (await call('PUT', '/areas/demo-mittagstisch/requirements', { kinds: [] })).json()).toEqual({
        areaId: 'demo-mittagstisch',
        kinds: [],
      });
    });

    it('refuses bad kinds, unknown areas and everyone but coordinators, writing nothing', async () => {
      const before = await count('area_requirements');
      await expectInvalid(await call('PUT', '/areas/demo-kinder/requirements', { kinds: ['impfung'] }), /Nachweise/);
      await expectInvalid(await call('PUT', '/areas/demo-kinder/requirements', { kinds: 'hygiene' }), /Liste/);
      expect((await call('PUT', '/areas/gibt-es-nicht/requirements', { kinds: [] })).status).toBe(404);
      expect((await call('GET', '/areas/gibt-es-nicht/requirements')).status).toBe(404);
      expect((await call('PUT', '/areas/demo-cafe/requirements', { kinds: ['hygiene'] }, teamLead)).status).toBe(403);
      expect((await call('PUT', '/areas/demo-cafe/requirements', { kinds: ['hygiene'] }, volunteer)).status).toBe(403);
      expect(await count('area_requirements')).toBe(before);
    });
  });
});
