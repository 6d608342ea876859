import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCenters, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { loadConfig } from '../src/config';
import { DATABASE_FILE, startServer, type RunningServer } from '../src/server';
import { request, sessionCookieOf } from './support/auth-client';
import { TEST_ORIGIN } from './support/auth-server';

const VALID = {
  centerName: 'Familienzentrum Lindenhof',
  centerSlug: 'lindenhof',
  stateCode: 'HE',
  firstName: 'Gisela',
  lastName: 'Brandt',
  email: 'Gisela@Lindenhof.test',
  password: 'lange-genug-1',
};

describe('first run (/api/setup)', () => {
  let server: RunningServer;
  let database: DatabaseHandle;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-setup-'));
    const result = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: TEST_ORIGIN, SEED_DEMO: '0' },
      { webBuildDir: null, cwd: dataDir },
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    server = await startServer(result.config, { logger: pino({ level: 'silent' }) });
    database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  });
  afterEach(async () => {
    await database.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the first center and coordinator, signs them in, and is gone afterwards', async () => {
    expect(await (await request(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: true });

    const created = await request(server.url, 'POST', '/api/setup', { body: VALID });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      user: { email: 'gisela@lindenhof.test' },
      memberships: [{ center: 'lindenhof', role: 'coordinator', displayName: 'Gisela B.' }],
    });
    const cookie = sessionCookieOf(created);
    expect(cookie).not.toBeNull();
    const me = await request(server.url, 'GET', '/api/centers/lindenhof', { cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      center: { name: 'Familienzentrum Lindenhof', timeZone: 'Europe/Berlin', stateCode: 'HE' },
    });

    expect((await request(server.url, 'GET', '/api/setup')).status).toBe(404);
    const again = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, centerSlug: 'zweites' } });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: 'not-found' });
    expect(await countCenters(database.db)).toBe(1);

    const login = await request(server.url, 'POST', '/api/auth/login', {
      body: { email: 'gisela@lindenhof.test', password: VALID.password },
    });
    expect(login.status).toBe(200);
  });

  it.each([
    ['a short password', { password: 'kurz' }, 'password'],
    ['an unknown state', { stateCode: 'XX' }, 'stateCode'],
    ['a slug with umlauts', { centerSlug: 'größe' }, 'centerSlug'],
    ['no e-mail address', { email: 'keine' }, 'email'],
    ['an empty first name', { firstName: '  ' }, 'firstName'],
    ['a center name with a line break (it heads every calendar)', { centerName: 'Lindenhof\r\nX-A:1' }, 'centerName'],
    ['a center name with a right-to-left override', { centerName: 'Lindenhof \u202Efoh' }, 'centerName'],
    ['a last name of zero-width characters only', { lastName: '\u200B\u2060' }, 'lastName'],
    ['a first name with a lone surrogate', { firstName: 'Gisela\uD83D' }, 'firstName'],
  ])('refuses %s with 400, names the field, and creates nothing', async (_what, change, field) => {
    const response = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, ...change } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe('invalid-input');
    expect(Object.keys(body.fields)).toEqual([field]);
    expect(sessionCookieOf(response)).toBeNull();
    expect(await countCenters(database.db)).toBe(0);
    expect(await (await request(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: true });
  });

  it('stores names cleaned: NFC, without blanks and zero-width characters at the ends', async () => {
    const body = { ...VALID, centerName: ' Familienzentrum Ru\u0308bezahl\u200B', lastName: 'Brandt\uFEFF' };
    expect((await request(server.url, 'POST', '/api/setup', { body })).status).toBe(201);
    const center = await database.db.selectFrom('centers').select('name').executeTakeFirstOrThrow();
    expect(center.name).toBe('Familienzentrum Rübezahl');
    const person = await database.db.selectFrom('people').select('last_name').executeTakeFirstOrThrow();
    expect(person.last_name).toBe('Brandt');
  });

  it('is refused cross-origin', async () => {
    const response = await request(server.url, 'POST', '/api/setup', { body: VALID, origin: 'https://evil.test' });
    expect(response.status).toBe(403);
    expect(await countCenters(database.db)).toBe(0);
  });

  it('lets exactly one of two simultaneous requests create the center', async () => {
    const responses = await Promise.all([
      request(server.url, 'POST', '/api/setup', { body: VALID }),
      request(server.url, 'POST', '/api/setup', { body: { ...VALID, centerSlug: 'anderes', email: 'b@b.test' } }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 404]);
    expect(await countCenters(database.db)).toBe(1);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });
});
