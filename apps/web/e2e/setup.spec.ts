/**
 * The first run (issue 3) on an installation without centers: its own server with SEED_DEMO=0, started
 * here so the shared demo server stays as it is. The first visit leads to /einrichten; setting up needs
 * the one-time code the server writes to DATA_DIR/setup-code.txt (issue 11); afterwards the page is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/board';
import { suiteClockIsSet, suiteNow } from './support/suite-clock';

const PORT = Number(process.env.E2E_SETUP_PORT ?? 4319);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

let server: ChildProcess | null = null;
let dataDir = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'schichtbrett-e2e-setup-'));
  server = spawn(process.execPath, [join(process.cwd(), '../server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ORIGIN,
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      ...(suiteClockIsSet() ? { SCHICHTBRETT_TEST_NOW: suiteNow().toISOString() } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const healthy = await fetch(`${ORIGIN}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('the SEED_DEMO=0 server did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('the first visit sets up the center and its coordinator, then the page is gone', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/einrichten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schichtbrett einrichten');
  await expectNoAxeViolations(page, 'the first-run page');
  if (SCREENSHOTS) {
    await page.screenshot({ path: `${SCREENSHOTS}/setup-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/setup-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page.getByLabel('Einrichtungscode')).toBeFocused();
  await expect(page.getByText('Bitte fülle dieses Feld aus.')).toHaveCount(8);
  await expectNoAxeViolations(page, 'the first-run page with empty fields');

  await page.getByLabel('Name des Zentrums').fill('Familienzentrum Lindenhof');
  await expect(page.getByLabel('Kurzadresse')).toHaveValue('familienzentrum-lindenhof');
  await page.getByLabel('Bundesland').selectOption({ label: 'Hessen' });
  await page.getByLabel('Vorname').fill('Gisela');
  await page.getByLabel('Nachname').fill('Brandt');
  await page.getByLabel('E-Mail-Adresse').fill('gisela@lindenhof.test');
  await page.getByLabel('Einrichtungscode').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByLabel('Passwort').fill('kurz');
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page.getByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeVisible();
  await expect(page.getByLabel('Passwort')).toBeFocused();
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/setup-problem-desktop.png`, fullPage: true });

  await page.getByLabel('Passwort').fill('ein langer Satz');
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page.getByText('Der Einrichtungscode stimmt nicht.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Einrichtungscode')).toBeFocused();
  await expectNoAxeViolations(page, 'the first-run page with a wrong setup code');

  // As the administrator would: read it from the file the server wrote into its data folder.
  const codeFile = join(dataDir, 'setup-code.txt');
  await page.getByLabel('Einrichtungscode').fill(readFileSync(codeFile, 'utf8').trim());
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page).toHaveURL(/\/c\/familienzentrum-lindenhof\/w\/\d{4}-W\d{2}$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('Gisela B.');

  await page.goto('/einrichten');
  await expect(page).toHaveURL(/\/c\/familienzentrum-lindenhof\/w\//);
  expect((await page.request.get('/api/setup')).status()).toBe(404);
  expect(existsSync(codeFile)).toBe(false);
});
