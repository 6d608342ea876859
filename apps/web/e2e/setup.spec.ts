/**
 * The first run (issue 3) on an installation without centers: its own server with SEED_DEMO=0, started
 * here so the shared demo server stays as it is. The first visit leads to /einrichten; setting up needs
 * the one-time code the server writes to DATA_DIR/setup-code.txt (issue 11); afterwards the page is gone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/board';
import { startOwnServer, type OwnServer } from './support/own-server';

const PORT = Number(process.env.E2E_SETUP_PORT ?? 4319);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

let server: OwnServer | null = null;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  server = await startOwnServer({ port: PORT, seedDemo: false });
});

test.afterAll(async () => {
  await server?.stop();
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
  const codeFile = join(server!.dataDir, 'setup-code.txt');
  await page.getByLabel('Einrichtungscode').fill(readFileSync(codeFile, 'utf8').trim());
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page).toHaveURL(/\/c\/familienzentrum-lindenhof\/w\/\d{4}-W\d{2}$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('Gisela B.');

  await page.goto('/einrichten');
  await expect(page).toHaveURL(/\/c\/familienzentrum-lindenhof\/w\//);
  expect((await page.request.get('/api/setup')).status()).toBe(404);
  expect(existsSync(codeFile)).toBe(false);
});
