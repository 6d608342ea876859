/**
 * Invitation links (issue 3): the coordinator prints an invitation for a new volunteer; on another device
 * the link with "Jetzt anmelden" signs that volunteer in, once. Revoked links no longer work; opening the
 * page again shows the printed link, only the confirmed "Neuen Link erstellen" voids it (issue 13). (Demo
 * people have accounts already, which no link signs in to: invitation-takeover.spec.ts.)
 */
import { expect, test, type Browser, type Page } from './support/test';
import { expectNoAxeViolations, signIn } from './support/board';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;

/** A volunteer without account, added as the coordinator would; returns the person's id. */
async function addVolunteer(page: Page, firstName: string, lastName: string, email?: string): Promise<string> {
  const response = await page.request.post('/api/centers/demo/people', {
    data: { firstName, lastName, email, role: 'volunteer' },
    headers: { origin: new URL(test.info().project.use.baseURL ?? '').origin },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { person: { id: string } }).person.id;
}

/** The link the print page shows. */
async function shownLink(page: Page): Promise<string> {
  await expect(page.getByRole('img', { name: 'QR-Code mit dem Anmeldelink' })).toBeVisible();
  const link = (await page.getByText(/\/einladung\/[a-z2-7]{40}$/).textContent())?.trim() ?? '';
  expect(link).toMatch(/^http.*\/einladung\/[a-z2-7]{40}$/);
  return link;
}

/** A person without a link yet: the page says so, and the coordinator makes the first one. */
async function printInvitation(page: Page, personId: string): Promise<string> {
  await page.goto(`/c/demo/personen/${personId}/einladung`);
  await expect(page.getByRole('status')).toContainText('gibt es gerade keinen gültigen Einladungslink');
  await page.getByRole('button', { name: 'Neue Einladung erstellen' }).click();
  return shownLink(page);
}

/** Signs in with the link on a fresh phone; returns the alert text, or null when it signed in. */
async function tryLink(browser: Browser, baseURL: string | undefined, link: string): Promise<string | null> {
  const context = await phone(browser, baseURL);
  try {
    const volunteer = await context.newPage();
    await volunteer.goto(link);
    await volunteer.getByRole('button', { name: 'Jetzt anmelden' }).click();
    const alert = volunteer.getByRole('alert');
    const signedIn = volunteer.getByTestId('signed-in-as');
    await expect(alert.or(signedIn)).toBeVisible();
    return (await signedIn.isVisible()) ? null : ((await alert.textContent()) ?? '');
  } finally {
    await context.close();
  }
}

/** A phone that has never seen Schichtbrett: a fresh context without cookies. */
async function phone(browser: Browser, baseURL: string | undefined) {
  return browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: 'de-DE', hasTouch: true });
}

test('the coordinator prints an invitation; the volunteer signs in with it on the phone, once', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, 'coordinator');
  const link = await printInvitation(
    page,
    await addVolunteer(page, 'Nina', 'Winter', `nina.${Date.now().toString(36)}@example.test`),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladung für Nina W.');
  await expect(page.getByText('Hallo Nina!')).toBeVisible();
  await expect(page.getByText('Halte die Kamera deines Handys auf den Code.')).toBeVisible();
  await expect(page.getByText(/Gültig bis \d+\. \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expectNoAxeViolations(page, 'the print page');
  if (SCREENSHOTS) {
    await page.screenshot({ path: `${SCREENSHOTS}/invitation-print-desktop.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOTS}/invitation-print-media-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/invitation-print-phone.png`, fullPage: true });
  }

  const context = await phone(browser, baseURL);
  const volunteer = await context.newPage();
  await volunteer.goto(link);
  await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Anmelden mit Einladung');
  await expectNoAxeViolations(volunteer, 'the redeem page');
  if (SCREENSHOTS) {
    await volunteer.screenshot({ path: `${SCREENSHOTS}/redeem-phone.png`, fullPage: true });
    await volunteer.setViewportSize({ width: 1280, height: 800 });
    await volunteer.screenshot({ path: `${SCREENSHOTS}/redeem-desktop.png`, fullPage: true });
    await volunteer.setViewportSize({ width: 390, height: 844 });
  }
  // Opening the link (as a messenger's preview does) used nothing up: the button still works.
  await volunteer.reload();
  await volunteer.getByRole('button', { name: 'Jetzt anmelden' }).click();
  // A newly invited person first reads what she can do here (issue 13).
  await expect(volunteer).toHaveURL(/\/c\/demo\/willkommen$/);
  await expect(volunteer.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Mütterzentrum Sonnenhaus');
  await expect(volunteer.getByRole('link', { name: 'Offene Schichten ansehen' })).toBeVisible();
  await expect(volunteer.getByRole('link', { name: 'Sagen, wann ich meistens kann' })).toBeVisible();
  await expectNoAxeViolations(volunteer, 'the welcome page');
  if (SCREENSHOTS) await volunteer.screenshot({ path: `${SCREENSHOTS}/welcome-phone.png`, fullPage: true });
  await expect(volunteer.getByTestId('signed-in-as')).toContainText('Nina W.');
  await volunteer.goto('/konto');
  await expect(volunteer.getByRole('heading', { name: 'Passwort festlegen' })).toBeVisible();
  await expectNoAxeViolations(volunteer, 'the account page with the password form');
  if (SCREENSHOTS) await volunteer.screenshot({ path: `${SCREENSHOTS}/account-password-phone.png`, fullPage: true });

  // Single use: the same link on another phone is refused with the one plain message.
  const other = await phone(browser, baseURL);
  const second = await other.newPage();
  await second.goto(link);
  await second.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await expect(second.getByRole('alert')).toHaveText(
    'Dieser Einladungslink gilt nicht mehr. Bitte frag die Koordination nach einem neuen.',
  );
  await expect(second.getByRole('link', { name: 'Zur Anmeldung mit Passwort' })).toBeVisible();
  await expectNoAxeViolations(second, 'the redeem page with a used link');
  if (SCREENSHOTS) await second.screenshot({ path: `${SCREENSHOTS}/redeem-invalid-phone.png`, fullPage: true });
  await context.close();
  await other.close();
});

test('a revoked invitation no longer signs anyone in', async ({ page, browser, baseURL }) => {
  await signIn(page, 'coordinator');
  const link = await printInvitation(page, await addVolunteer(page, 'Mehmet', 'Acar'));
  await page.getByRole('button', { name: 'Einladung zurückziehen' }).click();
  await expect(page.getByRole('status')).toContainText('Die Einladung ist zurückgezogen.');
  await expect(page.getByRole('img', { name: 'QR-Code mit dem Anmeldelink' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the print page after revoking');

  const context = await phone(browser, baseURL);
  const volunteer = await context.newPage();
  await volunteer.goto(link);
  await volunteer.getByRole('button', { name: 'Jetzt anmelden' }).click();
  await expect(volunteer.getByRole('alert')).toContainText('Dieser Einladungslink gilt nicht mehr.');
  await context.close();
});

test('opening the page again shows the printed link; only a confirmed new link voids it (issue 13)', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, 'coordinator');
  const personId = await addVolunteer(page, 'Gisela', 'Brandt');
  const printed = await printInvitation(page, personId);
  await page.goto('/c/demo/personen');
  await page.goto(`/c/demo/personen/${personId}/einladung`);
  expect(await shownLink(page)).toBe(printed);
  await page.reload();
  expect(await shownLink(page)).toBe(printed);

  // Making a new one asks first and says what happens to the printout; cancelling keeps it.
  await page.getByRole('button', { name: 'Neuen Link erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neuen Link erstellen?' });
  await expect(dialog).toContainText('der schon gedruckte QR-Code funktionieren dann nicht mehr');
  await expectNoAxeViolations(page, 'the question before a new link');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/invitation-renew-question.png` });
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  expect(await shownLink(page)).toBe(printed);

  await page.getByRole('button', { name: 'Neuen Link erstellen' }).click();
  await page.getByRole('button', { name: 'Ja, neuen Link erstellen' }).click();
  await expect(page.getByRole('status')).toContainText('Der alte Link und sein QR-Code funktionieren nicht mehr.');
  const renewed = await shownLink(page);
  expect(renewed).not.toBe(printed);
  await page.reload();
  expect(await shownLink(page)).toBe(renewed);

  expect(await tryLink(browser, baseURL, printed)).toContain('Dieser Einladungslink gilt nicht mehr.');
  expect(await tryLink(browser, baseURL, renewed)).toBeNull();
});

test('only coordinators reach the print page', async ({ page }) => {
  await signIn(page, 'volunteer');
  await page.goto('/c/demo/personen/demo-nina/einladung');
  await expect(page.getByText('Einladungen kann nur die Koordination drucken.')).toBeVisible();
});
