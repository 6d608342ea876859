import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';

describe('HTTP API', () => {
  let dataDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-api-'));
    const result = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }, { webBuildDir: null, cwd: dataDir });
    if (!result.ok) throw new Error(result.problems.join('; '));
    server = await startServer(result.config, {
      logger: pino({ level: 'silent' }),
      now: () => new Date('2026-11-26T10:00:00Z'),
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it('reports health with the version and the database status', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: 'ok',
    });
  });

  it('lists the seeded demo center with its current week in its own time zone', async () => {
    const response = await get('/api/centers');
    expect(await response.json()).toEqual({
      centers: [{ slug: 'demo', name: 'Mütterzentrum Sonnenhaus', timeZone: 'Europe/Berlin', currentWeek: '2026-W48' }],
    });
  });

  it('gives areas and people as first name and initial only', async () => {
    const body = (await (await get('/api/centers/demo')).json()) as {
      areas: { name: string }[];
      people: Record<string, unknown>[];
    };
    expect(body.areas.map((a) => a.name)).toContain('Kinderbetreuung');
    expect(body.people).toContainEqual({ id: 'demo-anna', displayName: 'Anna K.', initials: 'AK' });
    for (const person of body.people) expect(Object.keys(person).sort()).toEqual(['displayName', 'id', 'initials']);
  });

  it('answers unknown routes and centers with 404 JSON', async () => {
    for (const path of ['/api/nope', '/api/centers/unknown', '/api/centers/NOT%20A%20SLUG']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({ error: 'not-found', message: expect.any(String) });
    }
  });

  it('answers invalid JSON bodies with 400 and a message', async () => {
    const response = await fetch(`${server.url}/api/centers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "Zentrum",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-json', message: expect.stringContaining('JSON') });
  });

  it('refuses a non-JSON body with 415', async () => {
    const response = await fetch(`${server.url}/api/centers`, {
      method: 'POST',
      body: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
  });

  it('answers plain HTTP on /sync with 426', async () => {
    expect((await get('/sync/week/demo/2026-W48')).status).toBe(426);
  });

  it('keeps seeded data across a restart and does not seed twice', async () => {
    const result = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }, { webBuildDir: null, cwd: dataDir });
    if (!result.ok) throw new Error('config');
    // A second server on the same file (WAL allows it) sees one center, not two.
    const second = await startServer(result.config, { logger: pino({ level: 'silent' }) });
    const body = (await (await fetch(`${second.url}/api/centers`)).json()) as { centers: unknown[] };
    expect(body.centers).toHaveLength(1);
    await second.close();
  });
});
