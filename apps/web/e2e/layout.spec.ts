import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import { boardPath, expectNoAxeViolations, openBoard, signIn, signInToDemo } from './support/board';

// The README's screenshots are refreshed on request (UPDATE_SCREENSHOTS=1), so that a test run leaves
// tracked files alone; otherwise they go to the test output for a look.
const screenshots = fileURLToPath(
  new URL(
    process.env.UPDATE_SCREENSHOTS === '1' ? '../../../docs/screenshots/' : '../test-results/screenshots/',
    import.meta.url,
  ),
);

/** Screenshots for a look that the README does not show; always in the test output. */
const outputs = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the demo board as a grid of days and areas', async ({ browser, page }) => {
    const center = await signInToDemo(page, 'coordinator');
    const colleague = await browser.newContext();
    const colleaguePage = await colleague.newPage();
    const colleagueName = await signIn(colleaguePage, 'teamLead');
    await openBoard(colleaguePage, boardPath(center, center.currentWeek));

    await openBoard(page, boardPath(center, center.currentWeek));
    await expect(page.getByTestId('presence')).toContainText(colleagueName);
    await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Montag/ })).toBeVisible();
    await page.screenshot({ path: `${screenshots}board-desktop.png` });
    await colleague.close();
  });

  test('the team lead’s board, with controls only in the own areas', async ({ page }) => {
    const center = await signInToDemo(page, 'teamLead');
    await openBoard(page, boardPath(center, center.currentWeek));
    await expect(page.getByTestId('access-hint')).toBeVisible();
    await page.screenshot({ path: `${outputs}board-desktop-team-lead.png` });
  });

  test('prints as a plain grid without buttons', async ({ page }) => {
    const center = await signInToDemo(page);
    await openBoard(page, boardPath(center, center.currentWeek));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Neue Schicht' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Person eintragen/ }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Woche wählen' })).toBeHidden();
    await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
  });
});

test.describe('laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the coordinator’s header links stand in one line above the week', async ({ page }) => {
    const center = await signInToDemo(page, 'coordinator');
    await openBoard(page, boardPath(center, center.currentWeek));
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link', { name: 'Meine Angaben' })).toBeVisible();
    const rows = await nav.evaluate((element) => {
      const links = [...element.querySelectorAll('a')].filter((link) => link.getClientRects().length > 0);
      return {
        count: links.length,
        tops: [...new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)))],
      };
    });
    expect(rows.count).toBe(9);
    expect(rows.tops).toHaveLength(1);
    await page.screenshot({
      path: `${outputs}header-laptop-coordinator.png`,
      clip: { x: 0, y: 0, width: 1280, height: 200 },
    });
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('the demo board as a list per day, without sideways scrolling', async ({ page }) => {
    const center = await signInToDemo(page);
    await openBoard(page, boardPath(center, center.currentWeek));
    // The day view: today's cards, the other days behind the day picker.
    await expect(page.locator('article[data-shift-id]:visible').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the phone board');
    await page.screenshot({ path: `${screenshots}board-phone.png` });
  });

  test('the login page fits the phone and names its fields', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByLabel('E-Mail-Adresse')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the phone login page');
    await page.screenshot({ path: `${screenshots}login-phone.png` });
  });

  test('the account page and the volunteer’s board fit the phone', async ({ page }) => {
    const center = await signInToDemo(page, 'volunteer');
    await openBoard(page, boardPath(center, center.currentWeek));
    // Not in the README: a look at the read-only board and the account page.
    await page.screenshot({ path: `${outputs}board-phone-volunteer.png` });
    await page.goto('/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the phone account page');
    await page.screenshot({ path: `${outputs}account-phone.png`, fullPage: true });
  });
});

test.describe('200 % zoom', () => {
  // 1366 × 900 at 200 % leaves a 683 × 450 CSS-pixel viewport.
  test.use({ viewport: { width: 683, height: 450 }, deviceScaleFactor: 2 });

  test('everything fits and stays usable', async ({ page }) => {
    const center = await signInToDemo(page);
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

  test('the login page fits and works at 200 % zoom', async ({ page }) => {
    await page.goto('/login');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Anmelden' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Anmelden' })).toBeInViewport();
    await expectNoAxeViolations(page, 'the login page at 200 % zoom');
    await page.screenshot({ path: `${outputs}login-zoom-200.png` });
  });
});
