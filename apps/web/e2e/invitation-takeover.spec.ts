/**
 * Issue 11, item 1, end to end on an installation with two centers: a coordinator of Lindenhof enters
 * the address of demo's coordinator for a new person and redeems the printed link, in her own browser
 * and in a fresh one; neither signs her in as that account. The rightful holder signs in with her own
 * password and accepts ("… lädt dich ein"). Inside one center, no link is printed for the team lead.
 */
import { expect, test, type Browser, type Page } from './support/test';
import { expectNoAxeViolations } from './support/board';
import { startOwnServer, type OwnServer } from './support/own-server';
import { addSecondCenter, SECOND_CENTER } from './support/second-center';

// Its own server (a second center changes what every demo test would see), on a port beside E2E_PORT.
const PORT = Number(process.env.E2E_TWO_CENTERS_PORT ?? Number(process.env.E2E_PORT ?? 4317) + 100);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = process.env.DEMO_PASSWORD ?? 'schichtbrett';
const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const ACCOUNT_EXISTS = 'Für diese Person gibt es schon ein Konto. Bitte melde dich mit deinem Konto an.';

let server: OwnServer | null = null;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  server = await startOwnServer({ port: PORT, seedDemo: true });
  addSecondCenter(server.dataDir);
});
test.afterAll(async () => {
  await server?.stop();
});

async function signInAs(page: Page, email: string): Promise<void> {
  const response = await page.request.post('/api/auth/login', {
    data: { email, password: PASSWORD },
    headers: { origin: ORIGIN },
  });
  expect(response.status(), `login as ${email}`).toBe(200);
}

/** A phone that has never seen Schichtbrett: a fresh context without cookies. */
function phone(browser: Browser) {
  return browser.newContext({ baseURL: ORIGIN, viewport: { width: 390, height: 844 }, locale: 'de-DE' });
}

async function screenshots(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-desktop.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** The Lindenhof coordinator adds a person on the people page and prints her invitation; returns the link. */
async function addAndPrint(page: Page, person: { firstName: string; lastName: string; email: string }) {
  await page.goto(`/c/${SECOND_CENTER.slug}/personen`);
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Vorname').fill(person.firstName);
  await dialog.getByLabel('Nachname').fill(person.lastName);
  await dialog.getByLabel('E-Mail-Adresse (freiwillig)').fill(person.email);
  await dialog.getByRole('radio', { name: /Koordination/ }).check();
  await dialog.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  const name = `${person.firstName} ${person.lastName}`;
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name }) });
  // Entering an address links nothing: the account's holder has not said yes.
  await expect(card).toContainText('Nein, noch kein Konto');
  await card.getByRole('link', { name: `Einladung für ${name} drucken` }).click();
  await page.getByRole('button', { name: 'Neue Einladung erstellen' }).click();
  await expect(page.getByRole('img', { name: 'QR-Code mit dem Anmeldelink' })).toBeVisible();
  return (await page.getByText(/\/einladung\/[a-z2-7]{40}$/).textContent())?.trim() ?? '';
}

test("a coordinator of another center cannot take over demo's coordinator; Sabine accepts with her own account", async ({
  page,
  browser,
}) => {
  await signInAs(page, SECOND_CENTER.coordinatorEmail);
  const link = await addAndPrint(page, { firstName: 'Sabine', lastName: 'Koch', email: 'koordination@demo.test' });

  // The attack from the issue: she redeems the link in her own browser …
  await page.goto(link);
  await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await expect(page.getByRole('alert')).toHaveText(ACCOUNT_EXISTS);
  await expect(page.getByText(`Du bist gerade als ${SECOND_CENTER.coordinatorEmail} angemeldet.`)).toBeVisible();
  const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { email: string } };
  expect(me.user.email).toBe(SECOND_CENTER.coordinatorEmail);

  // … and on a phone without any session: no sign-in either, only the way to one's own account.
  const attacker = await phone(browser);
  const fresh = await attacker.newPage();
  await fresh.goto(link);
  await fresh.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await expect(fresh.getByRole('alert')).toHaveText(ACCOUNT_EXISTS);
  expect((await fresh.request.get('/api/auth/me')).status()).toBe(401);
  await expect(fresh.getByRole('link', { name: 'Mit meinem Konto anmelden' })).toBeVisible();
  await expectNoAxeViolations(fresh, 'the redeem page for a person with an account');
  await screenshots(fresh, 'redeem-account-exists');
  await attacker.close();

  // Sabine herself opens the link, signs in with her password and comes back to it.
  const sabineContext = await phone(browser);
  const sabine = await sabineContext.newPage();
  await sabine.goto(link);
  await sabine.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await sabine.getByRole('link', { name: 'Mit meinem Konto anmelden' }).click();
  await expect(sabine).toHaveURL(/\/login\?next=/);
  await sabine.getByLabel('E-Mail-Adresse').fill('koordination@demo.test');
  await sabine.getByLabel('Passwort').fill(PASSWORD);
  await sabine.getByRole('button', { name: 'Anmelden' }).click();
  await expect(sabine).toHaveURL(/\/einladung\/[a-z2-7]{40}$/);
  await expect(sabine.getByRole('heading', { level: 1 })).toHaveText(`${SECOND_CENTER.name} lädt dich ein`);
  await expect(sabine.getByText('als Koordination')).toBeVisible();
  await expectNoAxeViolations(sabine, 'the join page');
  await screenshots(sabine, 'join-invitation');
  await sabine.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(sabine).toHaveURL(new RegExp(`/c/${SECOND_CENTER.slug}/willkommen$`));
  await expect(sabine.getByRole('link', { name: 'Zum Wochenplan' })).toBeVisible();
  const joined = (await (await sabine.request.get('/api/auth/me')).json()) as {
    user: { email: string };
    memberships: { center: string; role: string }[];
  };
  expect(joined.user.email).toBe('koordination@demo.test');
  expect(joined.memberships.map((m) => [m.center, m.role]).sort()).toEqual([
    ['demo', 'coordinator'],
    [SECOND_CENTER.slug, 'coordinator'],
  ]);
  await sabineContext.close();

  await page.goto(`/c/${SECOND_CENTER.slug}/personen`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Sabine Koch' }) });
  await expect(card).toContainText('Ja, kann sich anmelden');
});

test('the holder may decline; the link then works for nobody', async ({ page, browser }) => {
  await signInAs(page, SECOND_CENTER.coordinatorEmail);
  const link = await addAndPrint(page, { firstName: 'Petra', lastName: 'Sommer', email: 'ehrenamt@demo.test' });
  const context = await phone(browser);
  const petra = await context.newPage();
  await signInAs(petra, 'ehrenamt@demo.test');
  await petra.goto(link);
  await expect(petra.getByRole('heading', { level: 1 })).toHaveText(`${SECOND_CENTER.name} lädt dich ein`);
  await petra.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(petra.getByRole('status')).toHaveText('Du hast die Einladung abgelehnt. Der Link gilt nicht mehr.');
  await expect(petra.getByRole('button', { name: 'Einladung annehmen' })).toHaveCount(0);
  await expectNoAxeViolations(petra, 'the join page after declining');
  await screenshots(petra, 'join-declined');
  await context.close();
});

test('inside one center: no invitation for the team lead, who signs in with his own account', async ({ page }) => {
  await signInAs(page, 'koordination@demo.test');
  await page.goto('/c/demo/personen/demo-markus/einladung');
  await expect(page.getByRole('status')).toContainText(
    'Diese Person hat schon ein eigenes Konto und meldet sich damit an. Eine Einladung braucht sie nicht.',
  );
  await expect(page.getByRole('img', { name: 'QR-Code mit dem Anmeldelink' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Neue Einladung erstellen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the print page of a person with an account');
  await screenshots(page, 'invitation-not-needed');
});
