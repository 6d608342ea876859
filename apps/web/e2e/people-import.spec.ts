/**
 * Importing a volunteer list (issue 12): a coordinator uploads the spreadsheet German Excel saves
 * (Windows-1252, `;`), sees what will happen row by row before anything is stored, confirms, and
 * prints the invitations as one sheet to cut apart. Screenshots go to the test output for a look. A new
 * center (no demo, only its coordinator) finds the import from the people page's empty state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations, signIn } from './support/board';
import { startOwnServer } from './support/own-server';

const FIXTURE = fileURLToPath(
  new URL('../../../packages/domain/src/people-import/fixtures/ehrenamt-windows-1252.csv', import.meta.url),
);
const outputs = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** axe and a full-page screenshot at both viewports, back on the desktop afterwards. */
async function checkBothViewports(page: Page, name: string): Promise<void> {
  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    // Nothing wider than the screen: a sideways scroll on a phone hides half of every row.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(overflowing, `${name} at ${label}`).toEqual([]);
    await expectNoAxeViolations(page, `${name} at ${label}`);
    await page.screenshot({ path: `${outputs}/${name}-${label}.png`, fullPage: true });
  }
}

test.use({ viewport: DESKTOP });

test('a coordinator imports a Windows-1252 list: preview, confirm, print the QR sheet', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto('/c/demo/personen');
  await page.getByRole('link', { name: 'Liste einlesen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen aus einer Liste einlesen' })).toBeVisible();

  await page.getByLabel('CSV-Datei auswählen').setInputFiles(FIXTURE);
  const rows = page.getByRole('list', { name: 'Personen in der Datei' });
  await expect(rows.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })).toHaveCount(5);
  await expect(page.getByText('Noch ist nichts gespeichert.', { exact: false })).toBeVisible();
  // Umlauts read right from the Windows-1252 bytes.
  for (const name of ['Jürgen Weiß', 'Özlem Çelik', 'Renée Müller']) {
    await expect(rows.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const anna = rows.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Anna Koch' }) });
  await expect(anna).toContainText('Schon da – wird nicht doppelt angelegt');
  const brigitte = rows
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Brigitte Groß-Schäfer' }) });
  await expect(brigitte).toContainText('Fehler – wird übersprungen');
  await expect(brigitte).toContainText('Zeile 6: Der E-Mail-Adresse fehlt das @.');
  await checkBothViewports(page, 'people-import-preview');

  // Nothing is stored before the confirmation.
  const before = await page.request.get('/api/centers/demo/people');
  const namesBefore = JSON.stringify(await before.json());
  expect(namesBefore).not.toContain('Jürgen');

  await page.getByRole('button', { name: '3 Personen anlegen und Einladungen erstellen' }).click();
  await expect(page.getByRole('status')).toContainText('3 Personen sind angelegt.');
  const sheet = page.getByRole('region', { name: 'Einladungen zum Ausschneiden' });
  await expect(sheet.getByRole('article')).toHaveCount(3);
  await expect(sheet.getByRole('img', { name: 'QR-Code mit dem Anmeldelink' })).toHaveCount(3);
  await expect(sheet.getByRole('heading', { name: 'Hallo Özlem!' })).toBeVisible();
  await expect(sheet.getByText(/\/einladung\/[a-z2-7]{40}$/)).toHaveCount(3);
  await checkBothViewports(page, 'people-import-sheet');

  await page.evaluate(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.getByRole('button', { name: 'Einladungen drucken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Zurück zu den Personen' })).toBeHidden();
  await page.screenshot({ path: `${outputs}/people-import-sheet-print.png`, fullPage: true });
  // On A4 four cards share a page (two by two): three fit on the first one.
  const pdf = (await page.pdf({ path: `${outputs}/people-import-sheet.pdf`, format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  const after = await page.request.get('/api/centers/demo/people');
  const people = ((await after.json()) as { people: { firstName: string; lastName: string }[] }).people;
  expect(people.filter((person) => person.lastName === 'Çelik')).toHaveLength(1);
});

test('a new center with only its coordinator finds the import on the empty people page', async ({ browser }) => {
  const server = await startOwnServer({ port: Number(process.env.E2E_PORT ?? 4317) + 104, seedDemo: false });
  const context = await browser.newContext({ baseURL: server.origin, viewport: PHONE, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    const setup = await page.request.post('/api/setup', {
      headers: { origin: server.origin },
      data: {
        setupCode: readFileSync(join(server.dataDir, 'setup-code.txt'), 'utf8').trim(),
        centerName: 'Familienzentrum Lindenhof',
        centerSlug: 'lindenhof',
        stateCode: 'HE',
        firstName: 'Gisela',
        lastName: 'Brandt',
        email: 'gisela@lindenhof.test',
        password: 'ein langer Satz',
      },
    });
    expect(setup.status()).toBe(201);
    await page.goto('/c/lindenhof/personen');
    await expect(page.getByText('Außer dir ist noch niemand hier.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page, 'the people page of a new center');
    await page.screenshot({ path: `${outputs}/people-empty-import-phone.png`, fullPage: true });
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Außer dir ist noch niemand hier.' })
      .getByRole('link', { name: 'Liste einlesen' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Personen aus einer Liste einlesen' })).toBeVisible();
    // A list as LibreOffice saves it: UTF-8 with commas, one "Name" column, and the coordinator herself.
    await page.getByLabel('CSV-Datei auswählen').setInputFiles({
      name: 'helfende.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Name,Mail,Handy\nJürgen Weiß,juergen@beispiel.de,0171 2345678\nGisela Brandt,gisela@lindenhof.test,\n',
      ),
    });
    await expect(page.getByText('Schon da – wird nicht doppelt angelegt')).toBeVisible();
    await page.getByRole('button', { name: '1 Personen anlegen und Einladungen erstellen' }).click();
    await expect(page.getByRole('heading', { name: 'Hallo Jürgen!' })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});
