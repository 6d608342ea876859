/**
 * The coordinator's board at her pace (issue 13, items 9–12): the week starts on the first laptop screen,
 * the grid is one keyboard stop with arrows inside, the day headers stay in view while scrolling, and
 * phones and 200 % zoom get one day at a time. Screenshots go to the test output for a look.
 */
import { expect, test, type Page } from './support/test';
import {
  boardPath,
  coordinatorOnPublishedWeek,
  expectNoAxeViolations,
  keyboardToCard,
  openBoard,
  signInToDemo,
} from './support/board';
import { isoWeekdayOf, todayIn, type LocalDate } from '@schichtbrett/domain';
import { SUITE_TIME_ZONE, suiteNow } from './support/suite-clock';

const LUNCH = 'demo-mittagstisch';

function weekdayOf(date: LocalDate): string {
  return new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

function shot(name: string): string {
  return test.info().outputPath(`${name}.png`);
}

/** The top of the first day's column header, in the viewport's pixels. */
async function firstDayHeadTop(page: Page): Promise<number> {
  const box = await page.locator('.day-head').first().boundingBox();
  if (!box) throw new Error('the board shows no day header');
  return box.y;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`the week starts on the first screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const center = await signInToDemo(page);
    await openBoard(page, boardPath(center, center.currentWeek));
    expect(await firstDayHeadTop(page)).toBeLessThan(viewport.height - 150);
    await page.screenshot({ path: shot(`board-${viewport.width}`) });

    // The key to the cards is one click away, and opens over the board.
    await expect(page.getByText('So liest du die Karten')).toBeHidden();
    await page.getByText('Legende', { exact: true }).click();
    await expect(page.getByText('So liest du die Karten')).toBeVisible();
    await expectNoAxeViolations(page, 'the board with its legend open');
  });
}

test('hiding the people is remembered on this device', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek), { axe: false });
  const withPanel = await firstDayHeadTop(page);
  await page.getByRole('button', { name: 'Personen ausblenden' }).click();
  await expect(page.getByRole('region', { name: 'Personen' })).toHaveCount(0);
  expect(await firstDayHeadTop(page)).toBeLessThan(withPanel);

  await page.reload();
  await openBoard(page, boardPath(center, center.currentWeek), { axe: false });
  await expect(page.getByRole('button', { name: 'Personen einblenden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Personen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Personen einblenden' }).click();
  await expect(page.getByRole('region', { name: 'Personen' })).toBeVisible();
});

test('the day headers stay in view while scrolling down the week', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek), { axe: false });
  const firstCard = page.locator('article[data-shift-id]').first();
  await page.mouse.wheel(0, 1400);
  await expect(firstCard).not.toBeInViewport();
  const monday = page.locator('.day-head').first();
  await expect(monday).toBeInViewport();
  // Below the people strip, which stays at the top too, not hidden behind it.
  const head = await monday.boundingBox();
  const panel = await page.getByRole('region', { name: 'Personen' }).boundingBox();
  // (One pixel for rounding: the strip's height is measured in whole pixels.)
  expect(head && panel && head.y >= panel.y + panel.height - 1).toBe(true);
  await page.screenshot({ path: shot('board-scrolled') });
});

test('any card is a few key presses away, and a person is assigned there by keyboard', async ({ browser }) => {
  const { context, board: page, center } = await coordinatorOnPublishedWeek(browser, 33, { fromTemplate: true });
  const person = center.people[3] ?? center.people[0];
  if (!person) throw new Error('the demo center needs people');
  const friday = page.locator('[data-day-index="4"]');
  const lunch = friday.locator(`[data-area-id="${LUNCH}"] article[data-shift-id]`).first();
  await expect(lunch).toBeVisible();

  const presses = await keyboardToCard(page, lunch);
  expect(presses).toBeLessThanOrEqual(15);
  await expect(lunch).toBeFocused();

  // Enter is the card's main action: the searchable picker.
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  await expect(picker.getByLabel('Name suchen')).toBeFocused();
  await page.keyboard.type(person.displayName);
  await page.keyboard.press('Enter');
  await expect(picker.getByText(`${person.displayName} ist jetzt eingetragen.`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lunch).toContainText(person.displayName);
  await expect(lunch.getByRole('button', { name: /^Person eintragen/ })).toBeFocused();

  // The people on a card are one tab stop: from the card, Tab reaches the first person's buttons, the
  // arrows the others; the next Tab goes on to "Eintragen", not to every name's buttons in turn.
  await page.keyboard.press('Escape');
  await expect(lunch).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/verschieben$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/austragen$/);
  await page.keyboard.press('Tab');
  await expect(lunch.getByRole('button', { name: /^Person eintragen/ })).toBeFocused();

  // One tab stop for the whole grid: every other card and "add" button is out of the tab order.
  const stops = await page.evaluate(
    () =>
      document.querySelectorAll('.grid [tabindex="0"], .grid button:not([tabindex]), .grid a:not([tabindex])').length,
  );
  expect(stops).toBeLessThanOrEqual(6);
  await expectNoAxeViolations(page, 'the board after keyboard use');
  await context.close();
});

for (const viewport of [
  { width: 640, height: 400, name: 'zoom-200' },
  { width: 390, height: 844, name: 'phone' },
]) {
  test(`one day at a time at ${viewport.width}×${viewport.height}, with the people in reach`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const center = await signInToDemo(page);
    await openBoard(page, boardPath(center, center.currentWeek));
    const picker = page.getByRole('group', { name: 'Tag zeigen' });
    // Today first (the demo opens Monday to Saturday; on a Sunday the week's first day).
    const today = todayIn(suiteNow(), SUITE_TIME_ZONE);
    const first = isoWeekdayOf(today) <= 6 ? weekdayOf(today) : 'Montag';
    // The buttons say "Mi 9.12.": the first two letters of the weekday, then the date.
    await expect(picker.getByRole('button', { pressed: true })).toHaveAccessibleName(
      new RegExp(`^${first.slice(0, 2)} `),
    );
    // Opening days only.
    await expect(picker.getByRole('button')).toHaveCount(6);
    await expect(page.locator('.day:visible')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${first}`) })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const other = picker
      .getByRole('button')
      .filter({ hasNotText: first.slice(0, 2) })
      .first();
    const otherDate = await other.locator('.picker-date').innerText();
    await other.click();
    await expect(other).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 2, name: otherDate })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${first}`) })).toBeHidden();

    // The people stay reachable: the panel opens, and every card's "Eintragen" has the picker.
    await page.getByRole('button', { name: 'Personen einblenden' }).click();
    await expect(page.getByRole('region', { name: 'Personen' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Person eintragen/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, `the day view at ${viewport.width}`);
    await page.screenshot({ path: shot(`board-day-view-${viewport.name}`), fullPage: true });
  });
}

test('a link to a shift opens the day view on that shift’s day, with its card in focus', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const center = await signInToDemo(page);
  await openBoard(page, boardPath(center, center.currentWeek), { axe: false });
  // The week's last card: on another day than the one the day view opens on.
  const last = page.locator('article[data-shift-id]').last();
  await expect(last).toBeHidden();
  const shiftId = await last.getAttribute('data-shift-id');
  await page.goto(`${boardPath(center, center.currentWeek)}?schicht=${shiftId ?? ''}`);
  const card = page.locator(`article[data-shift-id="${shiftId ?? ''}"]`);
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
});
