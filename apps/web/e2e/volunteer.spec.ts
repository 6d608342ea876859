/**
 * Volunteers on their phone (issue 5): "Offene Schichten" lists what they may take, one key press claims
 * a place, it shows up in "Meine Schichten" and, live, on the coordinator's board; a place someone else
 * took a moment earlier is refused calmly, in place, with the server's German message.
 */
import { expect, test, type Browser, type Page } from './support/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  signIn,
  weekFrom,
  type DemoCenter,
} from './support/board';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

interface OpenShiftAnswer {
  shiftId: string;
  week: string;
  date: string;
  areaName: string;
  openPlaces: number;
}

function origin(): string {
  return new URL(test.info().project.use.baseURL ?? '').origin;
}

/** A coordinator on a desktop browser, with `week` planned from the template and published. */
async function coordinatorWithPublishedWeek(browser: Browser, offset: number) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, offset);
  const planned = await page.request.post(`/api/centers/${center.slug}/weeks/${week}/plan`, {
    data: { source: 'template' },
    headers: { origin: origin() },
  });
  expect(planned.status(), `plan ${week}`).toBe(200);
  await publishWeek(page, center, week);
  return { context, page, center, week };
}

async function openShiftsOf(page: Page, center: DemoCenter, week: string): Promise<OpenShiftAnswer[]> {
  const response = await page.request.get(`/api/centers/${center.slug}/open-shifts`);
  expect(response.status()).toBe(200);
  const { shifts } = (await response.json()) as { shifts: OpenShiftAnswer[] };
  return shifts.filter((shift) => shift.week === week);
}

function openCards(page: Page) {
  return page.getByRole('list', { name: 'Offene Plätze' }).getByRole('listitem');
}

test('a volunteer claims a place with the keyboard; it is in "Meine Schichten" and on the board at once', async ({
  page,
  browser,
}) => {
  const coordination = await coordinatorWithPublishedWeek(browser, 30);
  const { center, week } = coordination;
  await openBoard(coordination.page, boardPath(center, week));

  const volunteerName = await signIn(page, 'ehrenamt05@demo.test');
  const [first] = await openShiftsOf(page, center, week);
  if (!first) throw new Error(`nothing open for ehrenamt05 in ${week}`);

  await page.goto('/');
  // On the phone the header's links are in its menu.
  await page.getByRole('button', { name: 'Menü' }).click();
  await page.getByRole('link', { name: 'Offene Schichten' }).click();
  await expect(page).toHaveURL(/\/c\/demo\/offen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Schichten');
  await expect(page.getByText(/aktualisiert sich von selbst/)).toBeVisible();
  await expectNoAxeViolations(page, 'Offene Schichten');

  // Narrow the list to that day, then Tab on to the first card's button and press Enter.
  const daySelect = page.getByLabel('Tag', { exact: true });
  await daySelect.selectOption(first.date);
  const card = openCards(page).first();
  await expect(card).toHaveAttribute('data-shift-id', first.shiftId);
  await expect(card).toContainText(/noch \d+ (Platz|Plätze) frei/);
  await daySelect.focus();
  await page.keyboard.press('Tab');
  const claim = card.getByRole('button', { name: /^Übernehmen: / });
  await expect(claim).toBeFocused();
  const height = (await claim.boundingBox())?.height ?? 0;
  expect(height, 'the claim button is large enough for a finger').toBeGreaterThanOrEqual(48);
  await page.keyboard.press('Enter');

  const status = page.getByTestId('claim-status');
  await expect(status).toBeFocused();
  await expect(status).toContainText(`Du bist eingetragen: ${first.areaName}, `);
  await expect(status).toContainText(' Uhr.');
  await expect(page.locator(`li[data-shift-id="${first.shiftId}"]`)).toHaveCount(0);
  await expectNoAxeViolations(page, 'Offene Schichten after a claim');

  // The coordinator's board shows the volunteer on that shift without reloading.
  await expect(coordination.page.locator(`article[data-shift-id="${first.shiftId}"]`)).toContainText(volunteerName);

  await status.getByRole('link', { name: 'Zu meinen Schichten' }).click();
  await expect(page).toHaveURL(/\/c\/demo\/meine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  const mine = page.locator(`li[data-shift-id="${first.shiftId}"]`);
  await expect(mine).toContainText(first.areaName);
  await expect(mine).toContainText(/Zurückgeben ist bis .+ Uhr möglich\./);
  await expectNoAxeViolations(page, 'Meine Schichten');

  // Giving it back asks once more; "Nein" is where focus starts.
  await mine.getByRole('button', { name: /^Zurückgeben: / }).click();
  await expect(mine.getByRole('button', { name: 'Nein, behalten' })).toBeFocused();
  await expectNoAxeViolations(page, 'the give-back question');
  await mine.getByRole('button', { name: 'Ja, zurückgeben' }).click();
  const givenBack = page.getByTestId('give-back-status');
  await expect(givenBack).toBeFocused();
  await expect(givenBack).toContainText(`Du hast die Schicht zurückgegeben: ${first.areaName}, `);
  await expect(mine).toHaveCount(0);
  await expect(coordination.page.locator(`article[data-shift-id="${first.shiftId}"]`)).not.toContainText(volunteerName);

  await coordination.context.close();
});

test('a place taken a moment earlier is refused in place, calmly, and the list updates', async ({ page, browser }) => {
  const coordination = await coordinatorWithPublishedWeek(browser, 31);
  const { center, week } = coordination;

  // Another volunteer, on another phone, fills one shift up to its last place.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, 'ehrenamt06@demo.test');
  await signIn(page, 'ehrenamt07@demo.test');
  const mineToo = new Set((await openShiftsOf(page, center, week)).map((shift) => shift.shiftId));
  const target = (await openShiftsOf(otherPage, center, week)).find((shift) => mineToo.has(shift.shiftId));
  if (!target) throw new Error(`no shift in ${week} that both volunteers may take`);
  const claimPath = `/api/centers/${center.slug}/shifts/${encodeURIComponent(target.shiftId)}/claim`;
  const fillers = ['ehrenamt08@demo.test', 'ehrenamt09@demo.test', 'ehrenamt10@demo.test', 'ehrenamt11@demo.test'];
  for (let left = target.openPlaces; left > 1; left -= 1) {
    const filler = await browser.newContext();
    const fillerPage = await filler.newPage();
    await signIn(fillerPage, fillers[target.openPlaces - left] ?? 'ehrenamt12@demo.test');
    expect((await fillerPage.request.post(claimPath, { headers: { origin: origin() } })).status()).toBe(200);
    await filler.close();
  }

  // Without the live stream (ADR 14) this phone does not hear of the other claim before pressing the button.
  await page.route('**/api/centers/*/events', (route) => route.abort());
  await page.goto(`/c/${center.slug}/offen`);
  await page.getByLabel('Tag', { exact: true }).selectOption(target.date);
  const card = page.locator(`li[data-shift-id="${target.shiftId}"]`);
  await expect(card).toContainText('noch 1 Platz frei');

  expect((await otherPage.request.post(claimPath, { headers: { origin: origin() } })).status()).toBe(200);
  await card.getByRole('button', { name: /^Übernehmen: / }).click();

  const problem = card.getByText('Diese Schicht wurde gerade vergeben.');
  await expect(problem).toBeVisible();
  await expect(card.locator('.problem')).toBeFocused();
  await expect(card).toContainText('Nicht mehr offen');
  await expect(card.getByRole('button', { name: /^Übernehmen: / })).toHaveCount(0);
  await expect(page.getByTestId('claim-status')).toHaveCount(0);
  await expectNoAxeViolations(page, 'a refused claim');

  await other.close();
  await coordination.context.close();
});

test('a volunteer makes a calendar link, the feed answers, and a deleted link stops working', async ({ page }) => {
  await signIn(page, 'ehrenamt09@demo.test');
  await page.goto('/c/demo/meine');
  const section = page.getByRole('region', { name: 'Im eigenen Kalender' });
  await expect(section).toContainText('Deine Schichten erscheinen automatisch in deinem Handy-Kalender');
  await section.getByRole('button', { name: 'Mit meinem Kalender verbinden' }).click();
  // One button per common calendar; the raw link waits behind "Mehr" (issue 13).
  const apple = section.getByRole('link', { name: 'iPhone / Apple Kalender' });
  await expect(apple).toHaveAttribute('href', /^webcal:\/\/.*\/cal\/[^/]+\.ics$/);
  const link = section.getByLabel('Der Link selbst (bitte an niemanden weitergeben)');
  await expect(link).toBeHidden();
  await section.getByText('Mehr', { exact: true }).click();
  const url = await link.inputValue();
  expect(url).toMatch(/\/cal\/[^/]+\.ics$/);
  await expect(apple).toHaveAttribute('href', url.replace(/^https?:/, 'webcal:'));
  await expect(section.getByRole('link', { name: 'Google Kalender' })).toHaveAttribute(
    'href',
    `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(url.replace(/^https?:/, 'webcal:'))}`,
  );
  await expect(section.getByRole('link', { name: 'Outlook' })).toHaveAttribute(
    'href',
    `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}`,
  );
  await expectNoAxeViolations(page, 'my shifts with a calendar link');
  if (process.env.SCREENSHOT_DIR)
    await section.screenshot({ path: `${process.env.SCREENSHOT_DIR}/calendar-buttons.png` });

  const feed = await page.request.get(new URL(new URL(url).pathname, origin()).href);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await section.getByRole('button', { name: 'Verbindung löschen' }).click();
  await expect(section.getByRole('status')).toContainText('gelöscht');
  expect((await page.request.get(new URL(new URL(url).pathname, origin()).href)).status()).toBe(404);
});
