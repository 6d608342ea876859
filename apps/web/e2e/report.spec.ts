/**
 * The hours report (issue 6) in the browser. With no finalized week the page says so and lists the
 * planned weeks still open; after a coordinator finalizes a past week on its board, its hours appear.
 * Each test plans a week of its own, so the other specs' weeks stay untouched. axe-core on a
 * laptop and on a phone.
 */
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { datesOfIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  signIn,
  weekFrom,
  type DemoCenter,
} from './support/board';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const WIDE_LAPTOP = { width: 1366, height: 768 };

/** State-changing requests must name the server's origin (CSRF check), as a browser's fetch does. */
function originOf(): { origin: string } {
  return { origin: new URL(test.info().project.use.baseURL!).origin };
}

/** Plans a week of its own from the template (regulars on it) and returns it with its month "YYYY-MM". */
async function planOwnWeek(page: Page, center: DemoCenter, offset: number): Promise<{ week: string; month: string }> {
  const week = weekFrom(center.currentWeek, offset);
  const response = await page.request.post(`/api/centers/${center.slug}/weeks/${week}/plan`, {
    data: { source: 'template' },
    headers: originOf(),
  });
  expect(response.status(), `plan ${week}`).toBe(200);
  // Thursday decides the month a week mostly belongs to (as it decides its ISO year).
  const thursday = datesOfIsoWeek(parseIsoWeek(week)!)[3]!;
  return { week, month: thursday.slice(0, 7) };
}

const weekLabel = (week: string) => `KW ${Number(week.slice(-2))}`;

test('without a finalized week the report says so and names the weeks still open', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const { week, month } = await planOwnWeek(page, center, 70);

  // The header leads there.
  await page.goto(`/c/${center.slug}/personen`);
  await page.getByRole('link', { name: 'Stundenbericht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stundenbericht' })).toBeVisible();

  await page.getByLabel('Von (Monat)').fill(month);
  await page.getByLabel('Bis (Monat)').fill(month);
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${month}&to=${month}`));
  await expect(page.getByTestId('report-empty')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Noch nicht abgeschlossen: .*KW/ })).toContainText(weekLabel(week));
  await expectNoAxeViolations(page, 'report, empty, laptop');

  // The CSV download is a real file for German spreadsheets.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`stundenbericht-${center.slug}-${month}-bis-${month}.csv`);
  const path = await download.path();
  const bytes = (await import('node:fs')).readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(`Noch nicht abgeschlossen;`);

  await page.setViewportSize(PHONE);
  await expect(page.getByRole('button', { name: 'Anzeigen' })).toBeVisible();
  await expectNoAxeViolations(page, 'report, empty, phone');
});

test('a team lead is not shown the report', async ({ page }) => {
  await signIn(page, 'teamLead');
  await page.goto('/c/demo/bericht');
  await expect(page.getByText('Den Stundenbericht sehen nur Koordinatorinnen und Koordinatoren.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stundenbericht' })).toHaveCount(0);
});

test('after the coordinator finalizes a week on its board, its hours are in the report', async ({ page }) => {
  // Plans, publishes, finalizes on the board, then the report with axe twice.
  test.slow();
  await page.setViewportSize(LAPTOP);
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  // A past week of its own (finalize.spec uses five weeks back): only a week that has begun can be finalized.
  const { week, month } = await planOwnWeek(page, center, -9);
  await page.request.post(`/api/centers/${center.slug}/weeks/${week}/publish`, { headers: originOf() });

  // Attendance as planned (everyone assigned counts as present): finalize on the board.
  await openBoard(page, boardPath(center, week));
  await page.getByRole('button', { name: 'Woche abschließen' }).click();
  const confirm = page.getByRole('dialog', { name: /abschließen\?/ });
  await confirm.getByRole('button', { name: 'Ja, abschließen' }).click();
  await expect(page.getByText(/Abgeschlossen am/)).toBeVisible();

  await page.goto(`/c/${center.slug}/bericht?from=${month}&to=${month}`);
  await expect(page.getByTestId('report-empty')).toHaveCount(0);
  await expect(page.getByTestId('report-total-hours')).not.toHaveText(/^0,0$/);
  // The finalized week is no longer among those "Noch nicht abgeschlossen" (the heading may be gone entirely).
  const unfinished = new RegExp(`Noch nicht abgeschlossen:.*${weekLabel(week)}(?!\\d)`);
  await expect(page.getByRole('heading', { name: unfinished })).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Balkendiagramm/ })).toBeVisible();
  await expect(page.getByTestId('report-people').getByRole('row')).not.toHaveCount(1);
  await expectNoAxeViolations(page, 'report with hours, laptop');

  // On a 1366 px laptop the month table (seven areas) fits its region whole, first column to "Summe":
  // nothing hides behind a scroll bar, and the page itself does not scroll sideways.
  await page.setViewportSize(WIDE_LAPTOP);
  // The table's own scroll region (its section is a region of the same name).
  const region = page.locator('div[role="region"][aria-labelledby="report-chart"]');
  await expect(region).toHaveAccessibleName('Stunden je Monat und Bereich');
  await region.scrollIntoViewIfNeeded();
  const overflow = await region.evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth);
  expect(overflow, 'the month table is wider than its region').toBeLessThanOrEqual(0);
  await expect(region.getByRole('columnheader', { name: 'Summe' })).toBeInViewport({ ratio: 1 });
  await expect(region.getByRole('columnheader', { name: 'Monat' })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE_LAPTOP.width);
  await page.screenshot({ path: test.info().outputPath('report-1366.png'), fullPage: true });

  // In print the chart fits its figure however wide it was drawn on screen, so the totals at the bars' ends
  // ("117,5") stay on the paper.
  await page.emulateMedia({ media: 'print' });
  const chart = page.locator('figure.chart');
  const fits = await chart.evaluate((figure) => {
    const bars = figure.querySelector('svg.bars')!.getBoundingClientRect();
    const inner = figure.getBoundingClientRect();
    const totals = [...figure.querySelectorAll('text.total')].map((text) => text.getBoundingClientRect().right);
    return { barsRight: bars.right, figureRight: inner.right, width: bars.width, figure: inner.width, totals };
  });
  expect(Math.abs(fits.width - fits.figure)).toBeLessThan(1);
  for (const right of fits.totals) expect(right).toBeLessThanOrEqual(fits.figureRight);
  await writeFile(test.info().outputPath('report.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page, 'report with hours, phone');
});

test('a live update arriving while the period is submitted does not swallow the navigation', async ({ page }) => {
  // The page refreshes its report when the event stream names a changed week; SvelteKit's invalidate
  // abandons a navigation still loading, so a refresh at the wrong moment left the address unchanged.
  await page.setViewportSize(LAPTOP);
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const { month } = await planOwnWeek(page, center, 72);
  await page.goto(`/c/${center.slug}/bericht`);
  await expect(page.getByRole('heading', { level: 1, name: 'Stundenbericht' })).toBeVisible();

  // The submitted period's report is held back until the page has had its chance to refresh meanwhile.
  let submitted = false;
  let refreshedMeanwhile: () => void = () => {};
  const refreshed = new Promise<void>((resolve) => (refreshedMeanwhile = resolve));
  await page.route(/\/reports\/hours/, async (route) => {
    const asked = new URL(route.request().url()).searchParams.get('from');
    if (asked === month) await Promise.race([refreshed, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    else if (submitted) refreshedMeanwhile();
    await route.continue();
  });
  await page.getByLabel('Von (Monat)').fill(month);
  await page.getByLabel('Bis (Monat)').fill(month);
  submitted = true;
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  // Another coordinator changes a week meanwhile: the stream says "week-changed".
  await planOwnWeek(page, center, 73);

  await expect(page).toHaveURL(new RegExp(`from=${month}&to=${month}`));
  await expect(page.getByRole('button', { name: 'Anzeigen' })).toBeVisible();
});
