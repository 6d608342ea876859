/**
 * Signing in and out, and what each demo role may do on the board (issue 3): every role signs in through
 * the form, sees what it may change and finds no control for what it may not.
 */
import { expect, test, type Page } from './support/test';
import {
  DEMO_ACCOUNTS,
  addShift,
  DEMO_PASSWORD,
  boardPath,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  shiftCard,
  signIn,
  signInToDemo,
  uniqueToken,
  weekFrom,
  type DemoRole,
} from './support/board';

async function signInWithForm(page: Page, role: DemoRole | string, password = DEMO_PASSWORD): Promise<void> {
  const email = role in DEMO_ACCOUNTS ? DEMO_ACCOUNTS[role as DemoRole] : role;
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

test('signed out, the start page and the board lead to the login page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  await expectNoAxeViolations(page, 'the login page');

  await page.goto('/c/demo/w/2026-W48');
  await expect(page).toHaveURL(/\/login\?next=%2Fc%2Fdemo%2Fw%2F2026-W48$/);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/login\?next=%2Fkonto$/);
});

test('a wrong password shows the server’s message next to the form; empty fields are named', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText('Bitte gib deine E-Mail-Adresse ein.')).toBeVisible();
  await expect(page.getByText('Bitte gib dein Passwort ein.')).toBeVisible();
  await expect(page.getByLabel('E-Mail-Adresse')).toBeFocused();
  await expectNoAxeViolations(page, 'the login form with empty fields');

  // A volunteer account of its own, so the failure does not slow down the other tests' logins.
  await signInWithForm(page, 'ehrenamt15@demo.test', 'falsches-passwort');
  const alert = page.getByRole('alert').filter({ hasText: /Passwort/ });
  await expect(alert).toContainText('Passwort stimmen nicht');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue('');
  await expectNoAxeViolations(page, 'the login form after a wrong password');
});

test('too many attempts get the waiting message', async ({ page }) => {
  const message = 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warte 30 Sekunden.';
  await page.route('**/api/auth/login', (route) =>
    route.fulfill({ status: 429, json: { error: 'rate-limited', message, retryAfterSeconds: 30 } }),
  );
  await page.goto('/login');
  await signInWithForm(page, 'coordinator');
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
});

test('the coordinator signs in, goes back to the wanted week, and may change any shift', async ({ page }) => {
  const center = await signInToDemo(page, 'coordinator');
  await page.context().clearCookies();
  const week = weekFrom(center.currentWeek, 6);
  const note = uniqueToken('Koordination');

  await page.goto(boardPath(center, week));
  await expect(page).toHaveURL(/\/login\?next=/);
  await signInWithForm(page, 'coordinator');
  await expect(page).toHaveURL(new RegExp(`${boardPath(center, week)}$`));
  await expect(page.getByTestId('signed-in-as')).toContainText('Koordination');
  await expect(page.getByTestId('access-hint')).toHaveCount(0);
  await openBoard(page, boardPath(center, week));

  await addShift(page, 'demo-kinder', note);
  const card = shiftCard(page, note);
  await expect(card.getByRole('button', { name: /^Schicht bearbeiten/ })).toBeVisible();
  await expect(card.getByRole('button', { name: /^Person eintragen/ })).toBeVisible();
  await card.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = page.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await expect(edit.getByLabel('Bereich').locator('option:not([value=""])')).toHaveCount(center.areas.length);
  await edit.getByRole('button', { name: 'Abbrechen' }).click();
});

test('the team lead edits café shifts but has no control on a childcare shift', async ({ browser, page }) => {
  // The coordinator prepares a week with one shift in each of the two areas.
  const coordination = await browser.newContext();
  const coordinatorPage = await coordination.newPage();
  const center = await signInToDemo(coordinatorPage, 'coordinator');
  const week = weekFrom(center.currentWeek, 7);
  await publishWeek(coordinatorPage, center, week);
  const cafeNote = uniqueToken('Cafe');
  const kidsNote = uniqueToken('Kinder');
  await openBoard(coordinatorPage, boardPath(center, week));
  await addShift(coordinatorPage, 'demo-cafe', cafeNote);
  await addShift(coordinatorPage, 'demo-kinder', kidsNote);
  await coordination.close();

  await page.goto(boardPath(center, week));
  await signInWithForm(page, 'teamLead');
  await expect(page).toHaveURL(new RegExp(`${boardPath(center, week)}$`));
  await openBoard(page, boardPath(center, week));
  await expect(page.getByTestId('signed-in-as')).toContainText('Bereichsleitung');
  await expect(page.getByTestId('access-hint')).toContainText('Café/Offener Treff, Frühstück');

  const kids = shiftCard(page, kidsNote);
  await expect(kids).toBeVisible();
  await expect(kids.getByRole('button')).toHaveCount(0);

  const cafe = shiftCard(page, cafeNote);
  await cafe.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = page.getByRole('dialog', { name: 'Schicht bearbeiten' });
  const areaOptions = edit.getByLabel('Bereich').locator('option:not([value=""])');
  await expect(areaOptions).toHaveText(['Café/Offener Treff', 'Frühstück']);
  await edit.getByLabel('Wie viele Personen werden gebraucht?').fill('4');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(cafe).toContainText('Noch niemand – 4 fehlen');

  // "Neue Schicht" offers only the own areas.
  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const add = page.getByRole('dialog', { name: 'Neue Schicht' });
  await expect(add.getByLabel('Bereich').locator('option:not([value=""])')).toHaveText([
    'Café/Offener Treff',
    'Frühstück',
  ]);
  await add.getByRole('button', { name: 'Abbrechen' }).click();

  // The server kept the change: it is still there after a reload, and no refusal was shown.
  await page.reload();
  await openBoard(page, boardPath(center, week));
  await expect(shiftCard(page, cafeNote)).toContainText('Noch niemand – 4 fehlen');
  await expect(page.getByTestId('sync-notice')).toHaveCount(0);
});

test('a volunteer sees the board without any edit control', async ({ page }) => {
  await page.goto('/');
  await signInWithForm(page, 'volunteer');
  // A volunteer lands on her own shifts or the open ones (landing.spec.ts); the board is one link away.
  await expect(page).toHaveURL(/\/c\/demo\/(meine|offen)$/);
  await page.goto('/c/demo/w');
  await expect(page).toHaveURL(/\/c\/demo\/w\/\d{4}-W\d{2}$/);
  await openBoard(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByTestId('signed-in-as')).toContainText('Ehrenamt');
  await expect(page.getByTestId('access-hint')).toHaveText(
    'Hier siehst du den Wochenplan. Freie Plätze übernimmst du unter „Offene Schichten“.',
  );
  await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neue Schicht' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Schicht bearbeiten/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Person eintragen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: / austragen$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /hinzufügen/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
});

test('the account page lists this device, and signing out leads to the login page', async ({ page }) => {
  await page.goto('/login');
  await signInWithForm(page, 'coordinator');
  await expect(page).toHaveURL(/\/c\/demo\/w\//);

  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
  const sessions = page.getByTestId('sessions');
  const thisDevice = sessions.locator('li', { has: page.getByText('dieses Gerät', { exact: true }) });
  await expect(thisDevice).toHaveCount(1);
  await expect(thisDevice).toContainText('Chrome auf Linux');
  await expect(page.getByText(DEMO_ACCOUNTS.coordinator)).toBeVisible();
  await expectNoAxeViolations(page, 'the account page');

  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/login\?next=%2Fkonto$/);
});

test('devices can be signed out one by one or all at once', async ({ browser, page }) => {
  // An account of this test alone, so the list holds exactly its sessions.
  const account = 'ehrenamt01@demo.test';
  const others = [await browser.newContext(), await browser.newContext()];
  const otherPages = await Promise.all(others.map((context) => context.newPage()));
  for (const otherPage of otherPages) await signIn(otherPage, account);
  const signedIn = async () =>
    (await Promise.all(otherPages.map((otherPage) => otherPage.request.get('/api/auth/me')))).map(
      (response) => response.status() === 200,
    );

  await page.goto('/konto');
  await signInWithForm(page, account);
  await expect(page).toHaveURL(/\/konto$/);
  const rows = page.getByTestId('sessions').locator('li');
  await expect(rows).toHaveCount(3);
  await expect(rows.first().getByText('dieses Gerät', { exact: true })).toBeVisible();

  // One other device ends; this one and the third stay.
  await rows
    .nth(1)
    .getByRole('button', { name: /^Dieses Gerät abmelden/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'ist jetzt abgemeldet' })).toBeVisible();
  await expect(rows).toHaveCount(2);
  expect((await signedIn()).filter(Boolean)).toHaveLength(1);
  await expectNoAxeViolations(page, 'the account page after ending a device');

  await page.getByRole('button', { name: 'Auf allen Geräten abmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await signedIn()).toEqual([false, false]);
  await otherPages[0]?.goto('/konto');
  await expect(otherPages[0] ?? page).toHaveURL(/\/login\?next=%2Fkonto$/);
  for (const context of others) await context.close();
});
