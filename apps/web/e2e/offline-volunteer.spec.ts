/**
 * Offline on a phone (issue 5, ADR 14): with the service worker, "Meine Schichten" opens without a network
 * with the last known shifts and says from when; "Übernehmen" pressed offline is queued on its card, sent
 * when the network is back, its outcome announced, and the coordinator's board shows the person.
 */
import { expect, test, type Page } from './support/test';
import { coordinatorOnPublishedWeek, expectNoAxeViolations, signIn } from './support/board';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, serviceWorkers: 'allow' });

interface OpenShiftAnswer {
  shiftId: string;
  week: string;
}

function origin(): string {
  return new URL(test.info().project.use.baseURL ?? '').origin;
}

async function openShiftsIn(page: Page, week: string): Promise<OpenShiftAnswer[]> {
  const response = await page.request.get('/api/centers/demo/open-shifts');
  const { shifts } = (await response.json()) as { shifts: OpenShiftAnswer[] };
  return shifts.filter((shift) => shift.week === week);
}

test('Meine Schichten opens offline, a claim made offline is queued and sent when back online', async ({
  page,
  context,
  browser,
}) => {
  const {
    context: coordination,
    board,
    center,
    week,
  } = await coordinatorOnPublishedWeek(browser, 53, { fromTemplate: true });

  // The volunteer already has one shift; a second, which does not overlap it, is taken offline later.
  const volunteerName = await signIn(page, 'ehrenamt12@demo.test');
  const [mine] = await openShiftsIn(page, week);
  if (!mine) throw new Error(`nothing open in ${week}`);
  const claimPath = (shiftId: string) => `/api/centers/${center.slug}/shifts/${encodeURIComponent(shiftId)}/claim`;
  expect((await page.request.post(claimPath(mine.shiftId), { headers: { origin: origin() } })).status()).toBe(200);
  const [later] = await openShiftsIn(page, week);
  if (!later) throw new Error(`nothing else open in ${week}`);

  // Online once, so that the service worker installs and keeps the pages and their data.
  await page.goto(`/c/${center.slug}/offen`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.locator(`li[data-shift-id="${later.shiftId}"]`)).toBeVisible();
  await page.goto(`/c/${center.slug}/meine`);
  await expect(page.locator(`li[data-shift-id="${mine.shiftId}"]`)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  await expect(page.locator(`li[data-shift-id="${mine.shiftId}"]`)).toBeVisible();
  await expect(page.getByRole('status').getByTestId('offline-banner')).toHaveText(/Offline – Stand von \d\d:\d\d Uhr$/);
  await expect(page.getByTestId('live-hint')).toContainText('Du bist offline.');
  await expectNoAxeViolations(page, 'Meine Schichten offline');

  // Still offline: to "Offene Schichten" and take the second shift.
  // On a phone the header's links are in the "Menü" disclosure.
  await page.getByRole('button', { name: 'Menü' }).click();
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Offene Schichten' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Schichten');
  const card = page.locator(`li[data-shift-id="${later.shiftId}"]`);
  await card.getByRole('button', { name: /^Übernehmen: / }).click();
  const queued = card.getByTestId('claim-queued');
  await expect(queued).toBeFocused();
  await expect(queued).toContainText('Wird gesendet, sobald du wieder online bist.');
  await expect(card.getByRole('button', { name: /^„Übernehmen“ für .+ nicht senden$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'a claim queued offline');

  // "Nicht senden" takes it back (focus returns to "Übernehmen"); pressed again, it is queued again.
  await card.getByRole('button', { name: /nicht senden$/ }).click();
  await expect(queued).toHaveCount(0);
  await expect(card.getByRole('button', { name: /^Übernehmen: / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(queued).toBeFocused();

  // Back online: sent, announced, and on the coordinator's board.
  await context.setOffline(false);
  const result = page.getByRole('status').getByTestId('queued-claim-result');
  await expect(result).toContainText('Gesendet und übernommen: ');
  await expect(card).toHaveCount(0);
  await expect(board.locator(`article[data-shift-id="${later.shiftId}"]`)).toContainText(volunteerName);
  await expectNoAxeViolations(page, 'a queued claim sent');

  await coordination.close();
});

test('signing out empties the offline copies, so the next person never sees them', async ({ page }) => {
  await signIn(page, 'ehrenamt11@demo.test');
  await page.goto('/c/demo/meine');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  const kept = () =>
    page.evaluate(async () => Boolean(await caches.match('/api/centers/demo/my-shifts', { ignoreSearch: true })));
  await expect.poll(kept).toBe(true);

  await page.getByRole('button', { name: 'Menü' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await kept()).toBe(false);
  expect(await page.evaluate(async () => Boolean(await caches.match('/c/demo/meine')))).toBe(false);
});

test('the app is installable: a German manifest with real icons, and a service worker in control', async ({ page }) => {
  await signIn(page, 'ehrenamt10@demo.test');
  await page.goto('/c/demo/meine');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(new URL(href ?? '', page.url()).href)).json()) as {
    name: string;
    lang: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Schichtbrett', lang: 'de', start_url: '/', display: 'standalone' });
  expect(manifest.theme_color).toBe('#1f4e79');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
    // A PNG starts with its signature: a real image, not a page that says "not found".
    expect([...(await response.body()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  }
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toMatch(/\/service-worker\.js$/);
});
