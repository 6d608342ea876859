/**
 * The shared text rule at every free-text field of the API (issue 11, item 8), against a real server and
 * its SQLite file: names, reasons and an absence's reason with NUL, line breaks, direction overrides, only
 * invisible characters or a lone surrogate are refused with 400 and a German message, and nothing changes;
 * good names in any script are kept, stored in NFC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

/** The demo seed's current week under the test clock (2026-11-26), published. */
const WEEK = '2026-W48';
const ROOM = `week/demo/${WEEK}`;

const BAD_TEXTS: [string, string][] = [
  ['NUL', 'Anna\u0000'],
  ['a line break', 'Anna\r\nX-INJECTED:1'],
  ['a right-to-left override', 'Anna \u202E.K'],
  ['an isolate', '\u2067Anna\u2069'],
  ['only zero-width characters', '\u200B\u200D\u2060'],
  ['a lone surrogate', 'Anna \uD83D'],
];

describe('the text rule at the API', () => {
  let test: AuthTestServer;
  let coordinator: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
  });
  afterAll(() => test.close());

  const call = (method: string, path: string, body?: unknown) =>
    request(test.url, method, path, { cookie: coordinator, body });

  /** Every row that could change: people, absences, the week's stored updates and its reopenings. */
  async function snapshot(): Promise<unknown> {
    const db = test.database.db;
    return {
      people: await db.selectFrom('people').selectAll().orderBy('id').execute(),
      absences: await db.selectFrom('absences').selectAll().orderBy('id').execute(),
      updates: await db.selectFrom('sync_updates').select('id').where('room', '=', ROOM).execute(),
      reopenings: await db.selectFrom('week_reopenings').selectAll().execute(),
    };
  }

  async function expectRefused(response: Response, message: RegExp): Promise<void> {
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-input', message: expect.stringMatching(message) });
  }

  describe.each(BAD_TEXTS)('%s', (_what, bad) => {
    it('is refused in a new person’s first name', async () => {
      const before = await snapshot();
      const response = await call('POST', '/api/centers/demo/people', {
        firstName: bad,
        lastName: 'Krüger',
        role: 'volunteer',
      });
      await expectRefused(response, /Vorname/);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused in a changed last name', async () => {
      const before = await snapshot();
      await expectRefused(await call('PATCH', '/api/centers/demo/people/demo-anna', { lastName: bad }), /Nachname/);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused as the reason for closing a day', async () => {
      const before = await snapshot();
      const response = await call('POST', `/api/centers/demo/weeks/${WEEK}/days/2026-11-24/close`, { reason: bad });
      await expectRefused(response, /Grund/);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused as the reason for reopening a week', async () => {
      const before = await snapshot();
      await expectRefused(await call('POST', `/api/centers/demo/weeks/${WEEK}/reopen`, { reason: bad }), /Grund/);
      expect(await snapshot()).toEqual(before);
    });
  });

  it.each(BAD_TEXTS.filter(([what]) => what !== 'only zero-width characters'))(
    'refuses %s in an absence’s reason and adds no absence',
    async (_what, bad) => {
      const before = await snapshot();
      const response = await call('POST', '/api/centers/demo/people/demo-anna/absences', {
        from: '2026-12-01',
        to: '2026-12-02',
        reason: bad,
      });
      await expectRefused(response, /Grund der Abwesenheit/);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses an e-mail address with invisible characters', async () => {
    const before = await snapshot();
    const response = await call('POST', '/api/centers/demo/people', {
      firstName: 'Eve',
      lastName: 'Evil',
      role: 'volunteer',
      email: 'anna\u200B@demo.test',
    });
    await expectRefused(response, /E-Mail-Adresse/);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['Arabic', 'فاطمة', 'حداد'],
    ['Turkish', 'Çağlar', 'Yılmaz'],
    ['Cyrillic', 'Ольга', 'Петрова'],
    ['German', 'Jürgen', 'Weiß'],
    ['emoji', 'Kim 🌻', 'Nguyen'],
  ])('keeps a name in %s script', async (_script, firstName, lastName) => {
    const response = await call('POST', '/api/centers/demo/people', { firstName, lastName, role: 'volunteer' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ person: { firstName, lastName } });
  });

  it('stores a name typed with combining characters in NFC, without zero-width characters at its ends', async () => {
    const response = await call('POST', '/api/centers/demo/people', {
      firstName: '\u200BZoe\u0308',
      lastName: 'Mu\u0308ller ',
      role: 'volunteer',
    });
    expect(response.status).toBe(201);
    const { person } = (await response.json()) as { person: { id: string; displayName: string } };
    expect(person.displayName).toBe('Zoë M.');
    const row = await test.database.db
      .selectFrom('people')
      .select(['first_name', 'last_name'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ first_name: 'Zoë', last_name: 'Müller' });
  });
});
