/**
 * A server of the spec's own, on its own port and data directory, for specs that need an installation
 * other than the shared demo one (a second center; the first run). Started from the production build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './board';
import { suiteClockIsSet, suiteNow } from './suite-clock';
import { expect, test } from './test';

export interface OwnServer {
  origin: string;
  /** Its DATA_DIR; the SQLite file in it is `schichtbrett.sqlite`. */
  dataDir: string;
  stop(): Promise<void>;
}

export async function startOwnServer(options: { port: number; seedDemo: boolean }): Promise<OwnServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'schichtbrett-e2e-own-'));
  const server: ChildProcess = spawn(process.execPath, [join(process.cwd(), '../server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ORIGIN: origin,
      SEED_DEMO: options.seedDemo ? '1' : '0',
      LOG_LEVEL: 'warn',
      // On the suite's date, as the shared server (suite-clock.ts).
      ...(suiteClockIsSet() ? { SCHICHTBRETT_TEST_NOW: suiteNow().toISOString() } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server on ${origin} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    dataDir,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the calling spec file against a server of its own: serial tests, `baseURL` on that server, started
 * before the first test and stopped after the last. Returns the running server (for its DATA_DIR).
 */
export function useOwnServer(options: { port: number; seedDemo: boolean }): () => OwnServer {
  let server: OwnServer | null = null;
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: `http://127.0.0.1:${options.port}` });
  test.beforeAll(async () => {
    server = await startOwnServer(options);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('the own server has not started');
    return server;
  };
}

/** Signs a demo account in on a server of the spec's own (its origin passes the CSRF check). */
export async function signInOnOwnServer(page: Page, origin: string, role: DemoRole = 'coordinator'): Promise<void> {
  const response = await page.request.post('/api/auth/login', {
    data: { email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD },
    headers: { origin },
  });
  expect(response.status(), `login as ${DEMO_ACCOUNTS[role]}`).toBe(200);
}
