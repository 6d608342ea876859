import { expect, test } from './support/test';
import { boardPath, expectNoAxeViolations, openBoard, signInToDemo } from './support/board';

test('the start page opens the current week of the first center', async ({ page }) => {
  const center = await signInToDemo(page);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/c/${center.slug}/w/${center.currentWeek}$`));
  const weekNumber = Number(center.currentWeek.slice(6));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(center.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`KW ${weekNumber} · `);
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
  await expect(page.getByRole('link', { name: 'Diese Woche' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page, 'the demo board');
});

test('week links lead to the previous and next week', async ({ page }) => {
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek));
  await page.getByRole('link', { name: 'Nächste Woche' }).click();
  await expect(page).not.toHaveURL(new RegExp(`${center.currentWeek}$`));
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
  await page.getByRole('link', { name: 'Vorige Woche' }).click();
  await expect(page).toHaveURL(new RegExp(`${center.currentWeek}$`));
  await page.getByRole('link', { name: 'Vorige Woche' }).click();
  await page.getByRole('link', { name: 'Diese Woche' }).click();
  await expect(page).toHaveURL(new RegExp(`${center.currentWeek}$`));
});

test('unknown centers and weeks get a friendly page', async ({ page }) => {
  await signInToDemo(page);
  // The server answers unknown and foreign centers alike, so as not to tell which centers exist.
  await page.goto('/c/gibt-es-nicht/w/2026-W48');
  await expect(
    page.getByText(/Dieses Zentrum gibt es nicht|Das Zentrum gibt es nicht, oder du gehörst nicht dazu/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the unknown-center page');

  await page.goto('/c/demo/w/2026-W60');
  await expect(page.getByText('Diese Kalenderwoche gibt es nicht.')).toBeVisible();
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page).toHaveURL(/\/c\/[a-z0-9-]+\/w\/\d{4}-W\d{2}$/);
});

test('the language can be switched to English and back', async ({ page }) => {
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Week ');
  await expect(page.getByRole('button', { name: 'New shift' })).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveText('Connected');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'the English board');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Neue Schicht' })).toBeVisible();
});

test('without any center the start page says so in plain words', async ({ page }) => {
  await signInToDemo(page);
  await page.route('**/api/centers', (route) => route.fulfill({ json: { centers: [] } }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noch kein Zentrum eingerichtet');
  await expectNoAxeViolations(page, 'the no-center page');
});

test('a server that does not answer gets a friendly message', async ({ page }) => {
  await signInToDemo(page);
  await page.route('**/api/centers', (route) => route.fulfill({ status: 502, body: 'Bad Gateway' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Das hat leider nicht geklappt');
  await expect(page.getByText('Der Server antwortet gerade nicht.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'the server-error page');
});
