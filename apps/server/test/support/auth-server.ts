/**
 * A real server for the auth tests: port 0, a SQLite file in a fresh data directory, the demo seed, a
 * clock the test moves, and a password hasher that counts its verifications.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { argon2Passwords, type PasswordHasher } from '../../src/auth/password';
import { loadConfig } from '../../src/config';
import { DATABASE_FILE, startServer, type RunningServer } from '../../src/server';

export const TEST_ORIGIN = 'http://schichtbrett.test';
export const DEMO_PASSWORD = 'schichtbrett';

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-11-26T10:00:00Z')): TestClock {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

export interface AuthTestServer {
  server: RunningServer;
  url: string;
  clock: TestClock;
  /** A second connection to the server's SQLite file (WAL), for arranging and inspecting rows. */
  database: DatabaseHandle;
  /** Verifications run so far, including those against the dummy hash. */
  verifications: { hash: string }[];
  close(): Promise<void>;
}

export async function startAuthTestServer(): Promise<AuthTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-auth-'));
  const result = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: TEST_ORIGIN, DEMO_PASSWORD },
    { webBuildDir: null, cwd: dataDir },
  );
  if (!result.ok) throw new Error(result.problems.join('; '));
  const clock = testClock();
  const verifications: { hash: string }[] = [];
  const passwords: PasswordHasher = {
    hash: (password) => argon2Passwords.hash(password),
    verify(hash, password) {
      verifications.push({ hash });
      return argon2Passwords.verify(hash, password);
    },
  };
  const server = await startServer(result.config, { logger: pino({ level: 'silent' }), now: clock.now, passwords });
  const database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  return {
    server,
    url: server.url,
    clock,
    database,
    verifications,
    async close() {
      await database.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
