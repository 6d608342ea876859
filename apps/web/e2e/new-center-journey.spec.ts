/**
 * A real center from its first start to its first published week (issue 12), through the UI only, on a
 * server of its own without the demo: the setup code, areas, Sunday, the template, a Windows-1252 list of
 * volunteers, next week planned and published, and one invited volunteer claiming the Sunday shift on
 * her phone while the coordinator's board follows live.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addIsoWeeks,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  isoWeekdayOf,
  type LocalDate,
} from '@schichtbrett/domain';
import { expect, test, type Locator, type Page } from './support/test';
import { expectNoAxeViolations, openBoard } from './support/board';
import { useOwnServer } from './support/own-server';
import { SUITE_TIME_ZONE, suiteNow } from './support/suite-clock';

// Beside E2E_PORT, as the other specs with a server of their own (each its own offset).
const PORT = Number(process.env.E2E_PORT ?? 4317) + 105;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const server = useOwnServer({ port: PORT, seedDemo: false });

test.use({ viewport: DESKTOP, locale: 'de-DE' });

/** A screenshot of the step into the test's output, for a look afterwards. */
async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** A new page checked with axe on a phone and on a laptop (a screenshot of each), back at `after`. */
async function checkNewPage(page: Page, name: string, after: { width: number; height: number }): Promise<void> {
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${name} at ${label}`);
    await snap(page, `${name}-${label}`);
  }
  await page.setViewportSize(after);
}

/** The value of the one option of `select` whose label starts with `prefix` (day labels carry a date). */
async function optionStartingWith(select: Locator, prefix: string): Promise<string> {
  const value = await select.locator('option', { hasText: new RegExp(`^${prefix}`) }).getAttribute('value');
  if (!value) throw new Error(`no option starting with ${prefix}`);
  return value;
}

/** Adds a shift through the template's own dialog. */
async function addTemplateShift(
  page: Page,
  shift: { area: string; day: string; start: string; end: string; needed: string; note: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption({ label: shift.area });
  const day = form.getByLabel('Tag', { exact: true });
  await day.selectOption(await optionStartingWith(day, shift.day));
  await form.getByLabel('Beginn').fill(shift.start);
  await form.getByLabel('Ende').fill(shift.end);
  await form.getByLabel('Wie viele Personen werden gebraucht?').fill(shift.needed);
  await form.getByLabel('Hinweis (freiwillig)').fill(shift.note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
}

const templateCard = (page: Page, note: string) => page.locator('article[data-shift-id]').filter({ hasText: note });

// Written as Excel saves it in Germany: `;`-separated, CRLF, Windows-1252. These letters (ü ß Ö Ç é) have
// the same single bytes in Latin-1 and Windows-1252, so `latin1` writes the Windows-1252 file exactly.
const VOLUNTEER_LIST = Buffer.from(
  'Vorname;Nachname;E-Mail;Handy\r\n' +
    'Jürgen;Weiß;juergen@lindenhof.test;0171 2345678\r\n' +
    'Özlem;Çelik;oezlem@lindenhof.test;\r\n' +
    'Renée;Müller;renee@lindenhof.test;\r\n',
  'latin1',
);

test('a coordinator who has never seen Schichtbrett sets up her house; a volunteer claims a Sunday shift', async ({
  page,
  browser,
}) => {
  // Thirteen pages, two browsers and a dozen axe runs: past the default timeout on a busy 2-core machine.
  test.slow();
  // On the suite's clock (a Wednesday): next week's Sunday is days past the 48-hour cut-off for claims.
  const nextWeek = addIsoWeeks(currentIsoWeek(suiteNow(), SUITE_TIME_ZONE), 1);
  const sunday = datesOfIsoWeek(nextWeek).find((date: LocalDate) => isoWeekdayOf(date) === 7);
  if (!sunday) throw new Error('a week has a Sunday');
  const nextBoard = `/c/lindenhof/w/${formatIsoWeek(nextWeek)}`;

  // 1. First run with the setup code the server wrote into its data directory.
  await page.goto('/');
  await expect(page).toHaveURL(/\/einrichten$/);
  await checkNewPage(page, '01-setup', DESKTOP);
  await page.getByLabel('Name des Zentrums').fill('Familienzentrum Lindenhof');
  await page.getByLabel('Kurzadresse').fill('lindenhof');
  await page.getByLabel('Bundesland').selectOption({ label: 'Hessen' });
  await page.getByLabel('Vorname').fill('Gisela');
  await page.getByLabel('Nachname').fill('Brandt');
  await page.getByLabel('E-Mail-Adresse').fill('gisela@lindenhof.test');
  await page.getByLabel('Einrichtungscode').fill(readFileSync(join(server().dataDir, 'setup-code.txt'), 'utf8').trim());
  await page.getByLabel('Passwort').fill('ein langer Satz');
  await page.getByRole('button', { name: 'Zentrum anlegen' }).click();
  await expect(page).toHaveURL(/\/c\/lindenhof\/w\/\d{4}-W\d{2}$/);
  const board = page.url();
  await expect(page.getByRole('heading', { name: 'Noch keine Bereiche' })).toBeVisible();
  const guide = page.getByTestId('first-steps');
  await expect(guide).toContainText('0 von 4 erledigt');
  await checkNewPage(page, '02-empty-board', DESKTOP);

  // 2. Two areas from the suggestions, one of her own.
  await guide.getByRole('link', { name: '1. Bereiche anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
  await checkNewPage(page, '03-areas-empty', DESKTOP);
  await page.getByRole('button', { name: 'Café/Offener Treff anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Café/Offener Treff angelegt.');
  await page.getByRole('button', { name: 'Kinderbetreuung anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Kinderbetreuung angelegt.');
  const own = page.getByRole('region', { name: 'Eigener Bereich' });
  await own.getByLabel('Name').fill('Repair-Café');
  await own.getByRole('button', { name: 'Bereich anlegen' }).click();
  await expect(page.getByTestId('areas-notice')).toContainText('Bereich Repair-Café angelegt.');
  await expect(page.getByRole('region', { name: 'Eure Bereiche' }).getByRole('heading', { level: 3 })).toHaveText([
    'Café/Offener Treff',
    'Kinderbetreuung',
    'Repair-Café',
  ]);
  await snap(page, '04-areas');

  // 3. Sunday is an opening day of this house.
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen des Zentrums');
  await checkNewPage(page, '05-settings', DESKTOP);
  await page.getByRole('checkbox', { name: 'Sonntag' }).check();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

  // 4. The template: a Sunday café with Gisela as its regular, and a weekday shift.
  await openBoard(page, board, { axe: false });
  await expect(guide).toContainText('1 von 4 erledigt');
  await guide.getByRole('link', { name: '2. Vorlage füllen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wochenvorlage' })).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByRole('heading', { level: 2, name: /^Sonntag/ })).toBeVisible();
  await checkNewPage(page, '06-template-empty', DESKTOP);
  await addTemplateShift(page, {
    area: 'Café/Offener Treff',
    day: 'Sonntag',
    start: '14:00',
    end: '17:00',
    needed: '2',
    note: 'Sonntagscafé',
  });
  await addTemplateShift(page, {
    area: 'Repair-Café',
    day: 'Dienstag',
    start: '16:00',
    end: '18:00',
    needed: '1',
    note: 'Reparaturabend',
  });
  const sundayCafe = templateCard(page, 'Sonntagscafé');
  await sundayCafe.getByRole('button', { name: /^Person eintragen/ }).click();
  const assign = page.getByRole('dialog', { name: 'Person eintragen' });
  await assign.getByLabel('Name suchen').fill('Gisela');
  await assign.getByRole('button', { name: /Gisela/ }).click();
  await assign.getByRole('button', { name: 'Fertig' }).click();
  await expect(sundayCafe.getByRole('list', { name: 'Stammbesetzung' })).toContainText('Gisela');
  await expect(templateCard(page, 'Reparaturabend')).toBeVisible();
  await snap(page, '07-template');

  // 5. The volunteers from the list Excel saved.
  await page.getByRole('navigation').getByRole('link', { name: 'Personen' }).click();
  await page.getByRole('link', { name: 'Liste einlesen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personen aus einer Liste einlesen' })).toBeVisible();
  await checkNewPage(page, '08-import-empty', DESKTOP);
  await page
    .getByLabel('CSV-Datei auswählen')
    .setInputFiles({ name: 'ehrenamt.csv', mimeType: 'text/csv', buffer: VOLUNTEER_LIST });
  const rows = page.getByRole('list', { name: 'Personen in der Datei' });
  for (const name of ['Jürgen Weiß', 'Özlem Çelik', 'Renée Müller']) {
    await expect(rows.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await snap(page, '09-import-preview');
  await page.getByRole('button', { name: '3 Personen anlegen und Einladungen erstellen' }).click();
  await expect(page.getByRole('status')).toContainText('3 Personen sind angelegt.');
  const sheet = page.getByRole('region', { name: 'Einladungen zum Ausschneiden' });
  const ozlemCard = sheet.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Hallo Özlem!' }) });
  const link = ((await ozlemCard.getByText(/\/einladung\/[a-z2-7]{40}$/).textContent()) ?? '').trim();
  expect(link).toMatch(/\/einladung\/[a-z2-7]{40}$/);
  await snap(page, '10-invitation-sheet');

  // 6. Next week from the template, published.
  await openBoard(page, nextBoard, { axe: false });
  await page.getByRole('button', { name: 'Aus Vorlage erstellen' }).click();
  const plan = page.getByRole('dialog', { name: 'Woche aus der Vorlage erstellen' });
  await plan.getByRole('button', { name: 'Schichten anlegen' }).click();
  await expect(plan.getByTestId('plan-outcome')).toContainText('2 Schichten angelegt.');
  await plan.getByRole('button', { name: 'Fertig' }).click();
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page
    .getByRole('dialog', { name: /veröffentlichen\?/ })
    .getByRole('button', { name: 'Ja, veröffentlichen' })
    .click();
  await expect(page.getByTestId('week-status')).toHaveAttribute('data-status', 'published');
  const sundayShift = page.locator(`article[data-shift-id$="@${sunday}"]`);
  await expect(sundayShift).toContainText('Gisela');
  await expect(sundayShift).not.toContainText('Özlem');
  await snap(page, '11-published-week');

  // 7. Özlem, on her phone, redeems the link and takes the second Sunday place.
  const phone = await browser.newContext({
    baseURL: server().origin,
    viewport: PHONE,
    locale: 'de-DE',
    hasTouch: true,
  });
  try {
    const volunteer = await phone.newPage();
    await volunteer.goto(link);
    await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Anmelden mit Einladung');
    await volunteer.getByRole('button', { name: 'Jetzt anmelden' }).click();
    // A newly invited person lands on a welcome that says what she can do (issue 13, item 6).
    await expect(volunteer).toHaveURL(/\/c\/lindenhof\/willkommen$/);
    await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Familienzentrum Lindenhof');
    await checkNewPage(volunteer, '11b-welcome', PHONE);
    await volunteer.getByRole('link', { name: 'Offene Schichten ansehen' }).click();
    await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Offene Schichten');
    await checkNewPage(volunteer, '12-open-shifts', PHONE);
    const open = volunteer.getByRole('list', { name: 'Offene Plätze' }).locator(`li[data-shift-id$="@${sunday}"]`);
    await expect(open).toContainText('Café/Offener Treff');
    await open.getByRole('button', { name: /^Übernehmen: / }).click();
    await expect(volunteer.getByTestId('claim-status')).toContainText('Du bist eingetragen: Café/Offener Treff, ');
    await snap(volunteer, '13-claimed');

    // 8. The coordinator's open board shows her on the Sunday card, without a reload.
    await expect(sundayShift).toContainText('Özlem');
    await snap(page, '14-board-live');
  } finally {
    await phone.close();
  }
});
