/**
 * A real center's first areas (issue 12), on its own server with SEED_DEMO=0: after the first run the board
 * says to add areas first; the coordinator adds two suggestions and one of her own, moves hers up by
 * keyboard (announced), a second browser's open board shows a renamed area without a reload, and the
 * first-steps guide on the board ticks its first step by itself and stays closed once closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './support/test';
import { checkBothViewports } from './support/board';
import { startOwnServer, type OwnServer } from './support/own-server';

// Beside E2E_PORT, as the other specs with a server of their own (each its own offset).
const PORT = Number(process.env.E2E_PORT ?? 4317) + 103;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const EMAIL = 'gisela@lindenhof.test';
const PASSWORD = 'ein langer Satz';

let server: OwnServer | null = null;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  server = await startOwnServer({ port: PORT, seedDemo: false });
});

test.afterAll(async () => {
  await server?.stop();
});

async function setUpLindenhof(page: Page): Promise<void> {
  await page.goto('/einrichten');
  await page.getByLabel('Name des Zentrums').fill('Familienzentrum Lindenhof');
  await page.getByLabel('Kurzadresse').fill('lindenhof');
  await page.getByLabel('Bundesland').selectOption({ label: 'Hessen' });
  await page.getByLabel('Vorname').fill('Gisela');
  await page.getByLabel('Nachname').fill('Brandt');
  await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
  await page.getByLabel('Einrichtungscode').fill(readFileSync(join(server!.dataDir, 'setup-code.txt'), 'utf8').trim());
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page).toHaveURL(/\/c\/lindenhof\/w\/\d{4}-W\d{2}$/);
}

test('a new center adds its areas, orders them by keyboard, and an open board follows a rename', async ({
  page,
  browser,
}) => {
  await setUpLindenhof(page);
  const board = page.url();
  await expect(page.getByRole('heading', { name: 'Noch keine Bereiche' })).toBeVisible();
  const guide = page.getByTestId('first-steps');
  await expect(guide).toContainText('0 von 4 erledigt');
  await checkBothViewports(page, 'areas-empty-board', 'the board without areas, with the first steps');

  await page.getByRole('link', { name: 'Bereiche anlegen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
  await page.getByRole('button', { name: 'Café/Offener Treff anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Café/Offener Treff angelegt.');
  await page.getByRole('button', { name: 'Kinderbetreuung anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Kinderbetreuung angelegt.');
  // Taken suggestions are no longer offered.
  await expect(page.getByRole('button', { name: 'Kinderbetreuung anlegen' })).toHaveCount(0);

  const own = page.getByRole('region', { name: 'Eigener Bereich' });
  await own.getByLabel('Name').fill('Repair-Café');
  await own.getByLabel('Beschreibung (freiwillig)').fill('Reparieren statt wegwerfen');
  await own.getByLabel('Petrol').check();
  await own.getByRole('button', { name: 'Bereich anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Repair-Café angelegt.');
  const list = page.getByRole('region', { name: 'Eure Bereiche' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([
    'Café/Offener Treff',
    'Kinderbetreuung',
    'Repair-Café',
  ]);

  // By keyboard: focus the button and press Enter, twice; the new place is announced each time.
  await list.getByRole('button', { name: 'Repair-Café nach oben schieben' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('areas-notice')).toHaveText('Repair-Café steht jetzt an Stelle 2 von 3.');
  await list.getByRole('button', { name: 'Repair-Café nach oben schieben' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('areas-notice')).toHaveText('Repair-Café steht jetzt an Stelle 1 von 3.');
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([
    'Repair-Café',
    'Café/Offener Treff',
    'Kinderbetreuung',
  ]);
  await checkBothViewports(page, 'areas-page', 'the areas page');

  // A second browser (another device of the coordinator) has the board open.
  const other = await browser.newContext({ baseURL: ORIGIN });
  const otherPage = await other.newPage();
  const login = await otherPage.request.post('/api/auth/login', {
    data: { email: EMAIL, password: PASSWORD },
    headers: { origin: ORIGIN },
  });
  expect(login.status()).toBe(200);
  await otherPage.goto(board);
  await expect(otherPage.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(otherPage.getByText('Kinderbetreuung').first()).toBeVisible();

  await list.getByRole('button', { name: 'Café/Offener Treff ändern' }).click();
  await list.getByLabel('Name').fill('Café Lindenhof');
  await list.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Café Lindenhof gespeichert.');
  await expect(otherPage.getByText('Café Lindenhof').first()).toBeVisible();
  await other.close();

  // Back on the board the guide has ticked its first step by itself.
  await page.goto(board);
  await expect(page.getByRole('heading', { name: 'Noch keine Bereiche' })).toHaveCount(0);
  await expect(guide).toContainText('1 von 4 erledigt');
  await expect(guide.getByRole('listitem').first()).toContainText('Erledigt');
  await expect(guide.getByRole('listitem').nth(1)).not.toContainText('Erledigt');
  await checkBothViewports(page, 'areas-board-guide', 'the board with the first steps');

  await guide.getByRole('button', { name: 'Erste Schritte ausblenden' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(guide).toHaveCount(0);
});
