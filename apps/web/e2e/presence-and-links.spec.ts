/**
 * Who is at which card, and links to one shift: the presence avatar appears on the card another person
 * has open and leaves when they close it; a shift's link opens the week with that card in focus.
 */
import { expect, test } from './support/test';
import {
  addShift,
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  shiftCard,
  signIn,
  uniqueToken,
  weekFrom,
} from './support/board';

test('the card another person is editing shows their avatar, calmly gone when they close it', async ({ browser }) => {
  const coordination = await browser.newContext();
  const teamLead = await browser.newContext();
  const pageA = await coordination.newPage();
  const pageB = await teamLead.newPage();
  await signIn(pageA, 'coordinator');
  const leadName = await signIn(pageB, 'teamLead');
  const center = await demoCenter(pageA.request);
  const week = weekFrom(center.currentWeek, 14);
  await publishWeek(pageA, center, week);
  const note = uniqueToken('Wer');

  await openBoard(pageA, boardPath(center, week));
  await addShift(pageA, 'demo-cafe', note);
  await openBoard(pageB, boardPath(center, week));

  const cardForA = shiftCard(pageA, note);
  await expect(cardForA.locator('.editors')).toHaveCount(0);
  await shiftCard(pageB, note)
    .getByRole('button', { name: /^Schicht bearbeiten/ })
    .click();
  await expect(pageB.getByRole('dialog', { name: 'Schicht bearbeiten' })).toBeVisible();

  await expect(cardForA.locator('.editors')).toBeVisible();
  await expect(cardForA.locator('.editors')).toContainText(leadName);
  await expectNoAxeViolations(pageA, 'a card with a presence avatar');

  await pageB.getByRole('dialog', { name: 'Schicht bearbeiten' }).getByRole('button', { name: 'Abbrechen' }).click();
  await pageB.locator('body').click({ position: { x: 5, y: 5 } });
  await expect(cardForA.locator('.editors')).toHaveCount(0);

  await coordination.close();
  await teamLead.close();
});

test('a shift’s link opens its week with that card in focus, and the edit dialog offers the link', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 15);
  const note = uniqueToken('Link');
  await openBoard(page, boardPath(center, week));
  await addShift(page, 'demo-kinder', note);
  const shiftId = await shiftCard(page, note).getAttribute('data-shift-id');
  if (!shiftId) throw new Error('the card carries its shift id');

  await shiftCard(page, note)
    .getByRole('button', { name: /^Schicht bearbeiten/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Schicht bearbeiten' });
  const link = await dialog.getByLabel('Link zu dieser Schicht').inputValue();
  expect(new URL(link).pathname).toBe(boardPath(center, week));
  expect(new URL(link).searchParams.get('schicht')).toBe(shiftId);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  await page.goto(boardPath(center, center.currentWeek));
  await page.goto(link);
  await expect(page.locator(`[data-shift-id="${shiftId}"]`)).toBeFocused();
  await expect(page.locator(`[data-shift-id="${shiftId}"]`)).toBeInViewport();
});
