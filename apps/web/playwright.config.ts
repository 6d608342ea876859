/**
 * End-to-end tests against the production build: apps/server serves the web build, /api and /sync on
 * one port. Run `pnpm build` at the repository root first. Debian's Chromium, never a downloaded one.
 * Set E2E_BASE_URL to test a server that is already running instead of starting one.
 *
 * Nothing here depends on the machine: the suite runs on its own date (e2e/support/suite-clock.ts,
 * `E2E_NOW` to choose another), in German (the page and Chromium's own controls) and in Berlin's zone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { fixSuiteStart } from './e2e/support/suite-clock';

const port = Number(process.env.E2E_PORT ?? 4317);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
const suiteStart = fixSuiteStart();

function definedVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export default defineConfig({
  testDir: './e2e',
  // The tests share one server; each works on its own week, so two workers are safe.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    // The service worker (ADR 14) answers some API reads itself, where page.route cannot see them; specs
    // that test offline use allow it (offline-volunteer.spec.ts).
    serviceWorkers: 'block',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Chromium's own controls (the month picker, validation bubbles) speak the page's language too.
        '--lang=de-DE',
      ],
      env: { ...definedVariables(process.env), LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
    },
  },
  webServer: external
    ? undefined
    : {
        command: 'node ../server/dist/main.js',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: mkdtempSync(join(tmpdir(), 'schichtbrett-e2e-')),
          ORIGIN: baseURL,
          SEED_DEMO: '1',
          LOG_LEVEL: 'warn',
          ...(suiteStart ? { SCHICHTBRETT_TEST_NOW: suiteStart.toISOString() } : {}),
        },
      },
});
