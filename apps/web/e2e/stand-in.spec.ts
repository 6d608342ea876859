/**
 * "Vertretung suchen" on phones (issue 5): a volunteer who can no longer give a shift back asks for a
 * stand-in and stays on it; the coordinator's board shows "sucht Vertretung" live; another volunteer takes
 * the place over in "Offene Schichten", and the first no longer has the shift.
 */
import { expect, test } from './support/test';
import { formatIsoWeek, isoWeekOfDate, todayIn } from '@schichtbrett/domain';
import { suiteNow } from './support/suite-clock';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  shiftCard,
  signIn,
  uniqueToken,
} from './support/board';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Tomorrow in Berlin: always inside the default 48-hour cut-off, and never started yet. */
function tomorrow(): string {
  const today = todayIn(suiteNow(), 'Europe/Berlin');
  return new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

test('a volunteer asks for a stand-in, the board shows it live, another volunteer takes the place over', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const date = tomorrow();
  const week = formatIsoWeek(isoWeekOfDate(date));

  // The coordinator adds an evening shift for tomorrow to a published week, on a laptop.
  const coordination = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const board = await coordination.newPage();
  await signIn(board, 'coordinator');
  const center = await demoCenter(board.request);
  await publishWeek(board, center, week);
  await openBoard(board, boardPath(center, week));
  const note = uniqueToken('Vertretung');
  await board.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = board.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Tag', { exact: true }).selectOption(date);
  await form.getByLabel('Beginn').fill('18:00');
  await form.getByLabel('Ende').fill('19:30');
  await form.getByLabel('Bereich').selectOption('demo-waesche');
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
  const card = shiftCard(board, note);
  const shiftId = (await card.getAttribute('data-shift-id')) ?? '';
  expect(shiftId).not.toBe('');

  // Volunteer A (Mehmet) has the shift; tomorrow is past the cut-off, so there is no "Zurückgeben".
  const askerName = await signIn(page, 'ehrenamt13@demo.test');
  const claimPath = `/api/centers/${center.slug}/shifts/${encodeURIComponent(shiftId)}/claim`;
  // The shift reaches the server's lists a moment after the board shows it.
  await expect
    .poll(async () => (await page.request.post(claimPath, { headers: { origin } })).status(), { timeout: 10_000 })
    .toBe(200);
  await expect(card).toContainText(askerName);

  await page.goto(`/c/${center.slug}/meine`);
  const mine = page.locator(`li[data-shift-id="${shiftId}"]`);
  await expect(mine).toContainText('Du bleibst eingetragen, bis jemand übernimmt.');
  await expect(mine.getByRole('button', { name: /^Zurückgeben/ })).toHaveCount(0);
  const ask = mine.getByRole('button', { name: /^Vertretung suchen: / });
  expect((await ask.boundingBox())?.height ?? 0, 'a large enough button').toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page, 'Meine Schichten after the cut-off');
  await ask.click();

  const seeking = mine.locator('p', { hasText: /Du suchst eine Vertretung \(seit .+\)\. Du bleibst eingetragen/ });
  await expect(seeking).toBeFocused();
  const endSearch = mine.getByRole('button', { name: /^Suche nach Vertretung beenden: / });
  await expectNoAxeViolations(page, 'Meine Schichten while looking for a stand-in');

  // Ending the search keeps the shift; asking again (with the keyboard) starts it anew.
  await endSearch.click();
  await expect(page.getByTestId('stand-in-status')).toBeFocused();
  await expect(page.getByTestId('stand-in-status')).toContainText('Du suchst keine Vertretung mehr');
  await ask.focus();
  await page.keyboard.press('Enter');
  await expect(seeking).toBeFocused();
  await expect(endSearch).toBeVisible();

  // The coordinator's board says so next to the name, in words and with an icon, without reloading.
  const seekingOnBoard = card.getByText('sucht Vertretung');
  await expect(seekingOnBoard).toBeVisible();
  await expect(card.locator('.seeking svg')).toHaveCount(1);
  await expect(board.getByTestId('stat-stand-in')).toContainText('Vertretung gesucht');
  await expectNoAxeViolations(board, 'the board with a stand-in request');

  // Volunteer B (Nina) finds the place in "Offene Schichten" and takes it over.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const taker = await other.newPage();
  const takerName = await signIn(taker, 'ehrenamt14@demo.test');
  await taker.goto(`/c/${center.slug}/offen`);
  await taker.getByLabel('Tag', { exact: true }).selectOption(date);
  const offer = taker.locator(`li[data-shift-id="${shiftId}"]`).filter({ hasText: 'Vertretung gesucht' });
  await expect(offer).toContainText(`Vertretung gesucht (für ${askerName})`);
  await expectNoAxeViolations(taker, 'Offene Schichten with a stand-in place');
  const takeOver = offer.getByRole('button', { name: /^Als Vertretung übernehmen: / });
  await expect(takeOver).toHaveText('Übernehmen');
  expect((await takeOver.boundingBox())?.height ?? 0, 'a large enough button').toBeGreaterThanOrEqual(48);
  await takeOver.click();
  const status = taker.getByTestId('claim-status');
  await expect(status).toBeFocused();
  await expect(status).toContainText('Du bist eingetragen: Wäschedienst, ');
  await expectNoAxeViolations(taker, 'Offene Schichten after taking over');

  // The board swaps the names live; A's list no longer has the shift.
  await expect(card).toContainText(takerName);
  await expect(card).not.toContainText(askerName);
  await expect(seekingOnBoard).toHaveCount(0);
  await expect(board.getByTestId('stat-stand-in')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  await expect(mine).toHaveCount(0);

  await other.close();
  await coordination.close();
});
