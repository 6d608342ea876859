import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { boardPath, demoCenter, expectNoAxeViolations, openBoard, useGuestName } from './support/board';

// The README's screenshots are refreshed on request (UPDATE_SCREENSHOTS=1), so that a test run leaves
// tracked files alone; otherwise they go to the test output for a look.
const screenshots = fileURLToPath(
  new URL(
    process.env.UPDATE_SCREENSHOTS === '1' ? '../../../docs/screenshots/' : '../test-results/screenshots/',
    import.meta.url,
  ),
);

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the demo board as a grid of days and areas', async ({ browser, page, request }) => {
    const center = await demoCenter(request);
    const colleague = await browser.newContext();
    const colleaguePage = await colleague.newPage();
    await useGuestName(colleaguePage, 'Gast 42', '#065f46');
    await openBoard(colleaguePage, boardPath(center, center.currentWeek));

    await useGuestName(page, 'Ulrike', '#9d174d');
    await openBoard(page, boardPath(center, center.currentWeek));
    await expect(page.getByTestId('presence')).toContainText('Gast 42');
    await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Montag/ })).toBeVisible();
    await page.screenshot({ path: `${screenshots}board-desktop.png` });
    await colleague.close();
  });

  test('prints as a plain grid without buttons', async ({ page, request }) => {
    const center = await demoCenter(request);
    await openBoard(page, boardPath(center, center.currentWeek));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Neue Schicht' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Person eintragen/ }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Woche wählen' })).toBeHidden();
    await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('the demo board as a list per day, without sideways scrolling', async ({ page, request }) => {
    const center = await demoCenter(request);
    await useGuestName(page, 'Gisela', '#155e75');
    await openBoard(page, boardPath(center, center.currentWeek));
    await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the phone board');
    await page.screenshot({ path: `${screenshots}board-phone.png` });
  });
});

test.describe('200 % zoom', () => {
  // 1366 × 900 at 200 % leaves a 683 × 450 CSS-pixel viewport.
  test.use({ viewport: { width: 683, height: 450 }, deviceScaleFactor: 2 });

  test('everything fits and stays usable', async ({ page, request }) => {
    const center = await demoCenter(request);
    await openBoard(page, boardPath(center, center.currentWeek));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Neue Schicht' }).click();
    const form = page.getByRole('dialog', { name: 'Neue Schicht' });
    await form.getByRole('button', { name: 'Schicht anlegen' }).scrollIntoViewIfNeeded();
    await expect(form.getByRole('button', { name: 'Schicht anlegen' })).toBeInViewport();
    await expectNoAxeViolations(page, 'the dialog at 200 % zoom');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${screenshots}board-zoom-200.png` });
  });
});
