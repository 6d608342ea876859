/**
 * Issue 11, item 6: with the disk full, creating a person answers 503 with a German message (not 500),
 * leaves nothing half-written, and works again by itself once there is space. DATA_DIR is a small tmpfs
 * mounted here (as root); where mounting is not allowed the test says so and is skipped.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_FAILURE_MESSAGES } from '../src/api/storage-failure';
import { loadConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { loginAs, request } from './support/auth-client';
import { DEMO_PASSWORD, TEST_ORIGIN } from './support/auth-server';

let mountPoint: string;
let mounted = false;
let mountRefused = '';
let server: RunningServer | null = null;

beforeAll(async () => {
  mountPoint = mkdtempSync(join(tmpdir(), 'sb-disk-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    mountRefused = error instanceof Error ? error.message : String(error);
    return;
  }
  const result = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: mountPoint, ORIGIN: TEST_ORIGIN, DEMO_PASSWORD },
    { webBuildDir: null, cwd: mountPoint },
  );
  if (!result.ok) throw new Error(result.problems.join('; '));
  server = await startServer(result.config, { logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.close();
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes `file` until the file system has not one page left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of [Buffer.alloc(1024 * 1024), Buffer.alloc(4096), Buffer.alloc(1)]) {
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe('a full disk', () => {
  it('answers 503 with a German message, changes nothing, and recovers once there is space', async (context) => {
    if (!server) return context.skip(`mounting a tmpfs is not allowed here, so no disk can be filled: ${mountRefused}`);
    const { url } = server;
    const cookie = await loginAs(url, 'koordination@demo.test');
    const people = async () =>
      ((await (await request(url, 'GET', '/api/centers/demo/people', { cookie })).json()) as { people: unknown[] })
        .people.length;
    const before = await people();
    const newPerson = (firstName: string) => ({
      firstName,
      lastName: 'Voll',
      email: `${firstName.toLowerCase()}@voll.test`,
      role: 'volunteer',
    });

    const filler = join(mountPoint, 'filler');
    fillDisk(filler);
    const refused = await request(url, 'POST', '/api/centers/demo/people', { cookie, body: newPerson('Frieda') });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.json()).toEqual({ error: 'unavailable', message: STORAGE_FAILURE_MESSAGES.full });

    unlinkSync(filler);
    expect(await people()).toBe(before);
    const created = await request(url, 'POST', '/api/centers/demo/people', { cookie, body: newPerson('Frieda') });
    expect(created.status).toBe(201);
    expect(await people()).toBe(before + 1);
  });
});
