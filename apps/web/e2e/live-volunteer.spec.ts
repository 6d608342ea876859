/**
 * "Offene Schichten … It updates live" (issue 5, ADR 14): a shift the coordinator adds on the board appears
 * on a volunteer's phone without a reload, and a place another volunteer takes disappears from it, both
 * within seconds (the fallback poll is a minute, so only the live stream is that fast).
 */
import { expect, test } from './support/test';
import {
  addShift,
  coordinatorOnPublishedWeek,
  expectNoAxeViolations,
  shiftCard,
  signIn,
  uniqueToken,
} from './support/board';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('a shift added on the board appears in "Offene Schichten" live, and a place taken elsewhere goes', async ({
  page,
  browser,
}) => {
  const { context: coordination, board, center } = await coordinatorOnPublishedWeek(browser, 52);

  await signIn(page, 'ehrenamt13@demo.test');
  // The stream is open once the page has subscribed; wait for it so no event can slip by.
  const subscribed = page.waitForResponse((response) => response.url().endsWith(`/api/centers/${center.slug}/events`));
  await page.goto(`/c/${center.slug}/offen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Schichten');
  await expect(page.getByTestId('live-hint')).toContainText('aktualisiert sich von selbst');
  await subscribed;

  const note = uniqueToken('live');
  await addShift(board, 'demo-waesche', note);
  const shiftId = await shiftCard(board, note).getAttribute('data-shift-id');
  if (!shiftId) throw new Error('the new shift has no id');

  const card = page.locator(`li[data-shift-id="${shiftId}"]`);
  await expect(card, 'the new shift appears without a reload').toBeVisible({ timeout: 10_000 });
  await expect(card).toContainText('Wäschedienst');
  await expectNoAxeViolations(page, 'Offene Schichten, updated live');

  // Other volunteers take the free places; the card goes from this phone.
  const places = Number((await card.textContent())?.match(/noch (\d+)/)?.[1] ?? 1);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  for (const email of ['ehrenamt14@demo.test', 'ehrenamt15@demo.test', 'ehrenamt12@demo.test'].slice(0, places)) {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email as `${string}@demo.test`);
    const claim = await otherPage.request.post(
      `/api/centers/${center.slug}/shifts/${encodeURIComponent(shiftId)}/claim`,
      { headers: { origin } },
    );
    expect(claim.status(), `claim as ${email}`).toBe(200);
    await other.close();
  }
  await expect(card, 'the taken place disappears without a reload').toHaveCount(0, { timeout: 10_000 });

  await coordination.close();
});
