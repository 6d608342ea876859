/**
 * The center's settings (issue 12) on a demo server of this spec's own, so changing the opening days
 * leaves the shared demo as the other specs expect it: a coordinator turns on Sunday, and the board has a
 * Sunday column, also on a board that is already open (live, `center-changed`). The settings page has no
 * axe violations on a phone and on a laptop.
 */
import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations, openBoard } from './support/board';
import { signInOnOwnServer, useOwnServer } from './support/own-server';

// Beside E2E_PORT, as the other specs with a server of their own.
const PORT = Number(process.env.E2E_SETTINGS_PORT ?? Number(process.env.E2E_PORT ?? 4317) + 101);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

useOwnServer({ port: PORT, seedDemo: true });

const signInAsCoordinator = (page: Page) => signInOnOwnServer(page, ORIGIN);

const sundayColumn = (page: Page) => page.getByRole('heading', { level: 2, name: /^Sonntag/ });

test('a coordinator turns on Sunday in the settings, and the board shows the Sunday column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsCoordinator(page);
  await openBoard(page, '/c/demo', { axe: false });
  await expect(page.getByRole('heading', { level: 2, name: /^Samstag/ })).toBeVisible();
  await expect(sundayColumn(page)).toHaveCount(0);

  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen des Zentrums');
  await expectNoAxeViolations(page, 'the settings page at 1280×800');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/settings-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, 'the settings page at 390×844');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/settings-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await expect(page.getByRole('checkbox', { name: 'Samstag' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Sonntag' }).check();
  await page.getByLabel('Adresse').fill('Sonnenweg 1\n35390 Gießen');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

  await openBoard(page, '/c/demo', { axe: false });
  await expect(sundayColumn(page)).toBeVisible();
  // The address is printed at the top of the plan, not shown on screen.
  await expect(page.getByText('35390 Gießen')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('35390 Gießen')).toBeVisible();
});

test('a setting the server refuses is explained, and nothing is saved', async ({ page }) => {
  await signInAsCoordinator(page);
  await page.goto('/c/demo/einstellungen');
  await page.getByLabel('Name des Zentrums').fill('   ');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('Bitte gib den Namen des Zentrums an.');
  await expect(page.getByRole('alert').locator('.form-problem')).toBeFocused();
  await expectNoAxeViolations(page, 'the settings page with a refusal');
  await page.reload();
  await expect(page.getByLabel('Name des Zentrums')).toHaveValue('Mütterzentrum Sonnenhaus');
});

test('an open board follows a settings change live: a new column and name without a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsCoordinator(page);
  const settings = (await (await page.request.get('/api/centers/demo/settings')).json()) as {
    name: string;
    openingDays: number[];
  };
  const save = async (changes: { name: string; openingDays: number[] }) => {
    const saved = await page.request.put('/api/centers/demo/settings', {
      data: { ...settings, ...changes },
      headers: { origin: ORIGIN },
    });
    expect(saved.status()).toBe(200);
  };
  const weekdays = settings.openingDays.filter((day) => day !== 7);
  await save({ name: settings.name, openingDays: weekdays });
  await openBoard(page, '/c/demo', { axe: false });
  await expect(sundayColumn(page)).toHaveCount(0);
  // Marks this document: a reload would drop it.
  await page.evaluate(() => document.body.setAttribute('data-not-reloaded', ''));

  // Another coordinator's browser saves the settings: open on Sundays too, and a new name.
  await save({ name: 'Sonnenhaus am Markt', openingDays: [...weekdays, 7] });

  await expect(sundayColumn(page)).toBeVisible();
  await expect(page.locator('.center-name')).toHaveText('Sonnenhaus am Markt');
  await expect(page.locator('body[data-not-reloaded]')).toHaveCount(1);
});
