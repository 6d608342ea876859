/**
 * Issue 11, item 3: a database file that exists but is empty, not SQLite, another application's or
 * damaged is refused at start, in-process (StartupRefusal) and by the built server (exit code 3, one plain
 * message naming the file, no stack trace), and not one byte of it changes. Nothing is seeded over it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UNUSABLE_DATABASE_KINDS, writeUnusableDatabase } from '@schichtbrett/db/testing';
import { loadConfig } from '../src/config';
import { DATABASE_FILE, StartupRefusal, startServer } from '../src/server';
import { STARTUP_REFUSED_EXIT_CODE } from '../src/startup/startup-refusal';
import { ensureServerBuilt, runServerProcessToExit } from './support/server-process';

const EXPECTED_WORDS = {
  empty: 'ist leer (0 Bytes)',
  text: 'ist keine SQLite-Datenbank',
  'foreign-sqlite': 'nicht die von Schichtbrett',
  'foreign-application-id': 'nicht die von Schichtbrett',
  damaged: 'ist beschädigt (PRAGMA quick_check',
} as const;

describe('start with a database file that is not ours to use', () => {
  let dataDir: string;
  let file: string;

  beforeAll(() => ensureServerBuilt(), 120_000);
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-refuse-db-'));
    file = join(dataDir, DATABASE_FILE);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each(UNUSABLE_DATABASE_KINDS)(
    'refuses a file of kind %s through startServer and changes nothing',
    async (kind) => {
      await writeUnusableDatabase(file, kind);
      const before = readFileSync(file);
      const result = loadConfig(
        { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: '1' },
        { webBuildDir: null, cwd: dataDir },
      );
      if (!result.ok) throw new Error(result.problems.join('; '));

      const start = startServer(result.config, { logger: pino({ level: 'silent' }) });
      await expect(start).rejects.toThrow(StartupRefusal);
      await expect(start).rejects.toThrow(file);
      await expect(start).rejects.toThrow(EXPECTED_WORDS[kind]);
      expect(readFileSync(file).equals(before)).toBe(true);
      // No demo seeded beside it, no setup code offered for it.
      expect(readdirSync(dataDir)).toEqual([DATABASE_FILE]);
    },
  );

  it.each(UNUSABLE_DATABASE_KINDS)('makes the built server exit with a plain message for kind %s', async (kind) => {
    await writeUnusableDatabase(file, kind);
    const before = readFileSync(file);

    const run = await runServerProcessToExit({ DATA_DIR: dataDir });
    expect(run.code).toBe(STARTUP_REFUSED_EXIT_CODE);
    expect(run.stderr).toContain('Schichtbrett startet nicht.');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(EXPECTED_WORDS[kind]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain('listening');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dataDir)).toEqual([DATABASE_FILE]);
  });
});
