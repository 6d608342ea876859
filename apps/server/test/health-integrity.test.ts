/**
 * Issue 11, item 3: `/api/health?detail=integrity` runs SQLite's full integrity_check for coordinators
 * only, reuses a result for ten minutes, and reports pages damaged while the server runs (which the plain
 * health answer, a `select 1`, does not notice). The damage is done before the first full check: after
 * it, the server's page cache holds the sound pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { damageMiddlePage, writeOwnDatabase } from '@schichtbrett/db/testing';
import { loadConfig } from '../src/config';
import { DATABASE_FILE, startServer, type RunningServer } from '../src/server';
import { request } from './support/auth-client';
import { createTestAccount, ensureCenter } from './support/auth-fixtures';
import { TEST_ORIGIN, testClock } from './support/auth-server';

const clock = testClock();
let dataDir: string;
let server: RunningServer;
let database: DatabaseHandle;
let coordinator: string;
let volunteer: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sb-health-'));
  // A database of a few hundred pages, whose middle pages the server has no reason to read.
  await writeOwnDatabase(join(dataDir, DATABASE_FILE));
  const result = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: TEST_ORIGIN, SEED_DEMO: '0' },
    { webBuildDir: null, cwd: dataDir },
  );
  if (!result.ok) throw new Error(result.problems.join('; '));
  server = await startServer(result.config, { logger: pino({ level: 'silent' }), now: clock.now });
  database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  await ensureCenter(database.db, 'demo');
  coordinator = (await createTestAccount(database.db, { centerSlug: 'demo', role: 'coordinator', now: clock.now() }))
    .cookie;
  volunteer = (await createTestAccount(database.db, { centerSlug: 'demo', role: 'volunteer', now: clock.now() }))
    .cookie;
});

afterAll(async () => {
  await database.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const health = (cookie: string | null, query = '?detail=integrity') =>
  request(server.url, 'GET', `/api/health${query}`, { cookie });

describe('GET /api/health?detail=integrity', () => {
  it('is for coordinators only', async () => {
    expect((await health(null)).status).toBe(401);
    const refused = await health(volunteer);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      error: 'forbidden',
      message: expect.stringContaining('Koordination'),
    });
    expect((await health(coordinator, '?detail=everything')).status).toBe(400);
  });

  it('reports pages damaged while the server runs, which the plain answer does not see', async () => {
    damageMiddlePage(join(dataDir, DATABASE_FILE));
    expect(await (await health(null, '')).json()).toMatchObject({ status: 'ok', database: 'ok' });

    const damaged = await health(coordinator);
    expect(damaged.status).toBe(503);
    const body = (await damaged.json()) as { status: string; integrity: { status: string; problems: string[] } };
    expect(body).toMatchObject({ status: 'degraded', database: 'ok', integrity: { status: 'damaged' } });
    expect(body.integrity.problems.length).toBeGreaterThan(0);
    expect(body.integrity.problems.length).toBeLessThanOrEqual(20);
  });

  it('reuses a result for ten minutes before reading the whole file again', async () => {
    const checkedAt = async () =>
      ((await (await health(coordinator)).json()) as { integrity: { checkedAt: string } }).integrity.checkedAt;
    const first = await checkedAt();
    clock.advance(10 * 60 * 1000 - 1);
    expect(await checkedAt()).toBe(first);
    clock.advance(2);
    expect(await checkedAt()).toBe(clock.now().toISOString());
  });
});
