/**
 * Printing (issues 4 and 13): the week board on one A4 landscape sheet and the day sheet on one A4 portrait
 * sheet, names at 10 pt or more and the "Stand" on both, rendered to PDF by Chromium. Screenshots and PDFs land
 * in test-results for a look by eye.
 */
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { todayIn } from '@schichtbrett/domain';
import { boardPath, expectNoAxeViolations, openBoard, signInToDemo, weekFrom } from './support/board';
import { addDays, SUITE_TIME_ZONE, suiteNow } from './support/suite-clock';

/** Width and height of the first page in PDF points (A4: 595 × 842). */
function firstPageSize(pdf: Buffer): { width: number; height: number } {
  const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('the PDF names no page size');
  return { width: Math.round(Number(match[1])), height: Math.round(Number(match[2])) };
}

/** How many pages a PDF has (its page objects, not the page tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function savePdf(page: Page, name: string, options: Parameters<Page['pdf']>[0]): Promise<Buffer> {
  const pdf = await page.pdf(options);
  await writeFile(test.info().outputPath(name), pdf);
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(20_000);
  return pdf;
}

/** The smallest font size, in points as printed, of the elements `selector` finds (CSS zoom included). */
async function smallestPrintedPoints(page: Page, selector: string): Promise<number> {
  const sizes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      return Number.parseFloat(getComputedStyle(element).fontSize) * zoom;
    }),
  );
  expect(sizes.length, `no ${selector} on the page`).toBeGreaterThan(0);
  // 96 CSS pixels are 72 points; hundredths of a point, as the pixels come with float noise.
  return Math.round((Math.min(...sizes) * 72 * 100) / 96) / 100;
}

/** "Stand: 9. Dezember 2026, 10:00 Uhr": the moment of the plan on paper, in Berlin. */
const AS_OF = /^Stand: \d{1,2}\. [A-Za-zäöüÄÖÜ]+ \d{4}, \d{2}:\d{2} Uhr$/;

test('the week board prints on one A4 landscape sheet, names at 10 pt or more, with its Stand', async ({ page }) => {
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek));
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText(AS_OF)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(AS_OF)).toBeVisible();
  expect(await smallestPrintedPoints(page, '.card .people .name')).toBeGreaterThanOrEqual(10);
  await page.screenshot({ path: test.info().outputPath('board-print.png'), fullPage: true });
  // A usual week (the demo: seven areas, up to 37 shifts) is one sheet for the wall.
  const a4 = await savePdf(page, 'board.pdf', { format: 'A4', landscape: true, printBackground: true });
  expect(pageCount(a4)).toBe(1);
  // The page's own @page rule asks for landscape too.
  const own = await savePdf(page, 'board-css-size.pdf', { preferCSSPageSize: true, printBackground: true });
  expect(firstPageSize(own)).toEqual({ width: 842, height: 595 });
  expect(pageCount(own)).toBe(1);
});

test('the day sheet is reached from the week navigation and prints on one A4 portrait sheet', async ({ page }) => {
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek));

  await page.getByText('Tagesblatt drucken').click();
  const days = page.getByRole('list', { name: 'Tagesblatt für einen Tag dieser Woche' });
  await expect(days.getByRole('link')).toHaveCount(6);
  await page.screenshot({ path: test.info().outputPath('day-sheet-menu.png') });
  // Escape closes the list and leaves the keyboard on its button.
  await days.getByRole('link').first().focus();
  await page.keyboard.press('Escape');
  await expect(days).toBeHidden();
  await expect(page.locator('summary', { hasText: 'Tagesblatt drucken' })).toBeFocused();
  await page.keyboard.press('Enter');
  await days.getByRole('link').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/c/${center.slug}/w/${center.currentWeek}/tag/\\d{4}-\\d{2}-\\d{2}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dienstag, \d+\. \w+ \d{4}$/);
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');

  // The seeded week has shifts every weekday: areas as headings, times, needs and names as "Anna B.".
  const areas = page.getByRole('heading', { level: 2 });
  await expect(areas.first()).toBeVisible();
  const firstTable = page.getByRole('table').first();
  await expect(firstTable.getByRole('columnheader')).toHaveText(['Zeit', 'Gebraucht', 'Namen']);
  await expect(firstTable.getByRole('rowheader').first()).toContainText(/\d{2}:\d{2}–\d{2}:\d{2}/);
  const names = page.locator('td.names li:not(.blank)');
  await expect(names.first()).toHaveText(/^\S+ [A-ZÄÖÜ]\.$/);
  await expect(page.getByText('Offener Platz – Namen hier eintragen').first()).toBeAttached();
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  await expectNoAxeViolations(page, 'the day sheet');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('day-sheet-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('day-sheet-phone.png'), fullPage: true });
  await expectNoAxeViolations(page, 'the day sheet on a phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('day-sheet-print.png'), fullPage: true });
  await expect(page.getByText(AS_OF)).toBeVisible();
  expect(await smallestPrintedPoints(page, 'td.names li:not(.blank)')).toBeGreaterThanOrEqual(10);
  // The day's whole plan is one sheet to hang up.
  const a4 = await savePdf(page, 'day-sheet.pdf', { format: 'A4', printBackground: true });
  expect(pageCount(a4)).toBe(1);
  const own = await savePdf(page, 'day-sheet-css-size.pdf', { preferCSSPageSize: true, printBackground: true });
  expect(firstPageSize(own)).toEqual({ width: 595, height: 842 });
  expect(pageCount(own)).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // Back to the board, whose print stays landscape although the day sheet's styles are loaded now.
  await page.getByRole('link', { name: 'Zurück zum Wochenplan' }).click();
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
  const board = await page.pdf({ preferCSSPageSize: true });
  expect(firstPageSize(board)).toEqual({ width: 842, height: 595 });
});

test('“Woche vom …” opens the week of any date', async ({ page }) => {
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek));
  const target = weekFrom(center.currentWeek, 20);
  // Any date 20 weeks on lies in the target week: today in Berlin + 140 days.
  const date = addDays(todayIn(suiteNow(), SUITE_TIME_ZONE), 140);
  const field = page.getByLabel('Woche vom');
  await field.fill(date);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/w/${target}$`));
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
});
