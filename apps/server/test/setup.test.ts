import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countCenters, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { SETUP_CODE_FILE } from '../src/auth/setup-code';
import { loadConfig, type Config } from '../src/config';
import { DATABASE_FILE, startServer, type RunningServer } from '../src/server';
import { request, sessionCookieOf } from './support/auth-client';
import { TEST_ORIGIN } from './support/auth-server';
import { createTestLogger, type TestLogger } from './support/test-logger';

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
  let config: Config;
  let logs: TestLogger;
  /** The setup code of the running server, read from DATA_DIR as an administrator would. */
  let code: string;

  const codeFile = () => join(dataDir, SETUP_CODE_FILE);
  const readCode = () => readFileSync(codeFile(), 'utf8').trim();

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-setup-'));
    const result = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: TEST_ORIGIN, SEED_DEMO: '0' },
      { webBuildDir: null, cwd: dataDir },
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    config = result.config;
    logs = createTestLogger('info');
    server = await startServer(config, { logger: logs.logger });
    database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
    code = readCode();
  });
  afterEach(async () => {
    await database.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the setup code in the log and writes it to a file only its owner can read', () => {
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(statSync(codeFile()).mode & 0o777).toBe(0o600);
    const printed = logs.entries.filter((entry) => entry.msg.includes(code));
    expect(printed).toHaveLength(1);
    expect(printed[0]?.msg).toContain(`${TEST_ORIGIN}/einrichten`);
    expect(printed[0]?.msg).toContain(codeFile());
  });

  it('creates the first center and coordinator, signs them in, and is gone afterwards', async () => {
    expect(await (await request(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: true });

    const created = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: code } });
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
    expect(existsSync(codeFile())).toBe(false);
    const again = await request(server.url, 'POST', '/api/setup', {
      body: { ...VALID, centerSlug: 'zweites', setupCode: code },
    });
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
    const response = await request(server.url, 'POST', '/api/setup', {
      body: { ...VALID, ...change, setupCode: code },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe('invalid-input');
    expect(Object.keys(body.fields)).toEqual([field]);
    expect(sessionCookieOf(response)).toBeNull();
    expect(await countCenters(database.db)).toBe(0);
    expect(await (await request(server.url, 'GET', '/api/setup')).json()).toEqual({ needed: true });
  });

  it.each([
    ['without a code', {}],
    ['with a wrong code', { setupCode: 'AAAA-BBBB-CCCC-DDDD' }],
    ['with a code that is not text', { setupCode: 12345 }],
  ])('is refused %s with 403 and a German message, and creates nothing', async (_what, change) => {
    const response = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, ...change } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'setup-code-invalid',
      message: expect.stringContaining('Der Einrichtungscode stimmt nicht.'),
    });
    expect(sessionCookieOf(response)).toBeNull();
    expect(await countCenters(database.db)).toBe(0);
    expect(existsSync(codeFile())).toBe(true);
  });

  it('accepts the code however it is typed: lower case, with spaces', async () => {
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const response = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: typed } });
    expect(response.status).toBe(201);
  });

  it('throttles wrong codes like failed logins: after five, even the right one waits', async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: `WRONG-${i}` } });
      expect(wrong.status).toBe(403);
    }
    const throttled = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: code } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('30');
    expect(await throttled.json()).toMatchObject({ error: 'rate-limited', message: /Einrichtungscodes/ });
    expect(await countCenters(database.db)).toBe(0);
  });

  it('makes a new code at each start while setup is pending, and none once it is done', async () => {
    await database.close();
    await server.close();
    server = await startServer(config, { logger: logs.logger });
    database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
    const second = readCode();
    expect(second).not.toBe(code);
    const old = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: code } });
    expect(old.status).toBe(403);
    const created = await request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: second } });
    expect(created.status).toBe(201);

    await database.close();
    await server.close();
    server = await startServer(config, { logger: logs.logger });
    database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
    expect(existsSync(codeFile())).toBe(false);
    expect((await request(server.url, 'GET', '/api/setup')).status).toBe(404);
  });

  it('stores names cleaned: NFC, without blanks and zero-width characters at the ends', async () => {
    const body = {
      ...VALID,
      setupCode: code,
      centerName: ' Familienzentrum Ru\u0308bezahl\u200B',
      lastName: 'Brandt\uFEFF',
    };
    expect((await request(server.url, 'POST', '/api/setup', { body })).status).toBe(201);
    const center = await database.db.selectFrom('centers').select('name').executeTakeFirstOrThrow();
    expect(center.name).toBe('Familienzentrum Rübezahl');
    const person = await database.db.selectFrom('people').select('last_name').executeTakeFirstOrThrow();
    expect(person.last_name).toBe('Brandt');
  });

  it('is refused cross-origin', async () => {
    const response = await request(server.url, 'POST', '/api/setup', {
      body: { ...VALID, setupCode: code },
      origin: 'https://evil.test',
    });
    expect(response.status).toBe(403);
    expect(await countCenters(database.db)).toBe(0);
  });

  it('lets exactly one of two simultaneous requests create the center', async () => {
    const responses = await Promise.all([
      request(server.url, 'POST', '/api/setup', { body: { ...VALID, setupCode: code } }),
      request(server.url, 'POST', '/api/setup', {
        body: { ...VALID, centerSlug: 'anderes', email: 'b@b.test', setupCode: code },
      }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 404]);
    expect(await countCenters(database.db)).toBe(1);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });
});
