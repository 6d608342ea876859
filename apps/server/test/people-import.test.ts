/**
 * The people import against a real server and SQLite file (issue 12): the preview writes nothing, the
 * import writes people and invitations together or not at all, and a second import creates nobody twice.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleImportPreview, PeopleImportResult } from '@schichtbrett/domain';
import { loginAs, request } from './support/auth-client';
import { createTestAccount, ensureCenter } from './support/auth-fixtures';
import { startAuthTestServer, TEST_ORIGIN, type AuthTestServer } from './support/auth-server';

const FIXTURE = readFileSync(
  new URL('../../../packages/domain/src/people-import/fixtures/ehrenamt-windows-1252.csv', import.meta.url),
);
const body = (bytes: Uint8Array | string) => ({ file: Buffer.from(bytes).toString('base64') });

describe('people import', () => {
  let test: AuthTestServer;
  let coordinator: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
  });
  afterAll(() => test.close());

  /** The status of a POST on a connection of its own (no keep-alive pool a refused upload could break). */
  function postOnce(path: string, payload: unknown): Promise<number> {
    return new Promise((resolve, reject) => {
      const data = JSON.stringify(payload);
      const req = httpRequest(`${test.url}${path}`, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, cookie: coordinator },
      });
      let answered = false;
      req.on('response', (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      // The server may close before it has read everything: once it has answered, that answer counts.
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      req.end(data);
    });
  }

  const post = (path: string, payload: unknown, cookie: string | null = coordinator) =>
    request(test.url, 'POST', `/api/centers/demo/people/import${path}`, { cookie, body: payload });

  async function counts() {
    const db = test.database.db;
    const people = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const invitations = await db
      .selectFrom('invitations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { people: Number(people.n), invitations: Number(invitations.n) };
  }

  it('previews a Windows-1252 file and writes nothing', async () => {
    const before = await counts();
    const response = await post('/preview', body(FIXTURE));
    expect(response.status).toBe(200);
    const preview = (await response.json()) as PeopleImportPreview;
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.counts).toEqual({ new: 3, existing: 1, invalid: 1 });
    expect(preview.rows.map((row) => `${row.firstName} ${row.lastName}`)).toEqual([
      'Jürgen Weiß',
      'Özlem Çelik',
      'Renée Müller',
      'Brigitte Groß-Schäfer',
      'Anna Koch',
    ]);
    // The coordinator's own account address: she is "schon da", whatever name the list gives her.
    expect(preview.rows[4]).toMatchObject({ status: 'existing', email: 'koordination@demo.test' });
    expect(preview.rows[3]?.problems).toEqual(['Zeile 6: Der E-Mail-Adresse fehlt das @.']);
    expect(preview.rows[1]?.areaIds).toEqual(['demo-cafe', 'demo-kinder', 'demo-fruehstueck']);
    expect(await counts()).toEqual(before);
  });

  it('writes nothing at all when one invitation cannot be stored', async () => {
    const before = await counts();
    const db = test.database.db;
    await sql`CREATE TRIGGER refuse_renee BEFORE INSERT ON invitations
      WHEN (SELECT first_name FROM people WHERE id = NEW.person_id) = 'Renée'
      BEGIN SELECT RAISE(ABORT, 'test refuses this invitation'); END`.execute(db);
    try {
      const response = await post('', body(FIXTURE));
      expect(response.status).toBe(500);
    } finally {
      await sql`DROP TRIGGER refuse_renee`.execute(db);
    }
    expect(await counts()).toEqual(before);
  });

  it('creates every new person with an invitation in one step, and nobody twice on a second import', async () => {
    const before = await counts();
    const response = await post('', body(FIXTURE));
    expect(response.status).toBe(201);
    const result = (await response.json()) as PeopleImportResult;
    expect(result.existing).toBe(1);
    expect(result.invalid).toBe(1);
    expect(result.created.map((entry) => [entry.person.line, entry.person.firstName])).toEqual([
      [2, 'Jürgen'],
      [3, 'Özlem'],
      [5, 'Renée'],
    ]);
    for (const entry of result.created) {
      expect(entry.invitation.url).toMatch(/^http:\/\/schichtbrett\.test\/einladung\/[a-z2-7]{40}$/);
      expect(entry.qrSvg).toMatch(/^<svg/);
    }
    expect(await counts()).toEqual({ people: before.people + 3, invitations: before.invitations + 3 });
    const oezlem = await test.database.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', result.created[1]!.person.id)
      .executeTakeFirstOrThrow();
    expect(oezlem).toMatchObject({ last_name: 'Çelik', role: 'team-lead', email: 'oezlem@beispiel.de', user_id: null });
    expect(JSON.parse(oezlem.area_ids)).toEqual(['demo-cafe', 'demo-kinder', 'demo-fruehstueck']);

    // The printed link works: Jürgen redeems his and has an account of his own.
    const token = result.created[0]!.invitation.url.split('/').at(-1);
    const redeemed = await request(test.url, 'POST', '/api/invitations/redeem', { body: { token } });
    expect(redeemed.status).toBe(200);

    const again = await post('', body(FIXTURE));
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ created: [], existing: 4, invalid: 1 });
    expect(await counts()).toEqual({ people: before.people + 3, invitations: before.invitations + 3 });
  });

  it('refuses a coordinator of another center, team leads and volunteers, and writes nothing', async () => {
    await ensureCenter(test.database.db, 'andere');
    const stranger = await createTestAccount(test.database.db, { centerSlug: 'andere', role: 'coordinator' });
    const before = await counts();
    for (const cookie of [
      stranger.cookie,
      await loginAs(test.url, 'bereichsleitung@demo.test'),
      await loginAs(test.url, 'ehrenamt@demo.test'),
    ]) {
      const response = await post('', body('Vorname;Nachname\nFremd;Import\n'), cookie);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ message: expect.stringContaining('Koordination') });
    }
    expect(await counts()).toEqual(before);
  });

  it('explains a file it cannot read, in German', async () => {
    const noNames = await post('/preview', body('Mail;Telefon\na@b.de;1\n'));
    expect(noNames.status).toBe(400);
    expect(await noNames.json()).toMatchObject({
      error: 'invalid-input',
      message: expect.stringContaining('Die erste Zeile braucht Spalten „Vorname“ und „Nachname“'),
    });
    const notBase64 = await post('/preview', { file: 'kein base64!' });
    expect(notBase64.status).toBe(400);
  });
  it('takes a list larger than the API’s usual 64 KB, and refuses one over the import’s own cap', async () => {
    const rows = Array.from({ length: 900 }, (_, index) => `Person;Nummer${index};;${'x'.repeat(150)}`);
    const large = `Vorname;Nachname;E-Mail;Notiz\n${rows.join('\n')}\n`;
    expect(large.length).toBeGreaterThan(128 * 1024);
    const preview = await post('/preview', body(large));
    expect(preview.status).toBe(200);
    expect(((await preview.json()) as PeopleImportPreview).counts.new).toBe(900);

    // Refused unread, the connection ends with the answer: each on a connection of its own.
    const tooLarge = await postOnce(
      '/api/centers/demo/people/import/preview',
      body(new Uint8Array(1024 * 1024 + 4096)),
    );
    expect(tooLarge).toBe(413);
    // Every other route keeps the 64 KB cap.
    const elsewhere = await postOnce('/api/centers/demo/people', {
      firstName: 'x'.repeat(70 * 1024),
      lastName: 'Y',
      role: 'volunteer',
    });
    expect(elsewhere).toBe(413);
  });
});
