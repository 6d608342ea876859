/**
 * The week's lifecycle (issue 4): a coordinator fills an empty week from the template, publishes it and
 * takes it back, closes a day, copies a week, and edits the template live. Weeks 11–13 ahead are used
 * here only; each starts as an empty draft on the seeded demo server.
 */
import { expect, test, type Page } from './support/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  shiftCard,
  signIn,
  uniqueToken,
  weekFrom,
} from './support/board';

function status(page: Page) {
  return page.getByTestId('week-status');
}

/** Waits until the sync socket is open and the room has arrived. */
async function waitForSync(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByText(/Der Wochenplan wird geladen/)).toHaveCount(0);
}

test('a coordinator plans a week from the template, publishes it and takes it back; a volunteer follows', async ({
  browser,
}) => {
  // Two browsers, a plan, a publish and four axe runs: past the default timeout on a busy 2-core machine.
  test.slow();
  const coordination = await browser.newContext();
  const volunteering = await browser.newContext();
  const page = await coordination.newPage();
  const volunteer = await volunteering.newPage();
  await signIn(page, 'coordinator');
  await signIn(volunteer, 'volunteer');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 11);
  const path = boardPath(center, week);

  // An empty future week is a draft; the toolbar offers to fill it.
  await openBoard(page, path);
  await expect(status(page)).toHaveAttribute('data-status', 'draft');
  await expect(status(page)).toContainText('Entwurf');
  await expect(page.locator('article[data-shift-id]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Aus Vorlage erstellen' }).click();
  const plan = page.getByRole('dialog', { name: 'Woche aus der Vorlage erstellen' });
  await expect(plan).toBeVisible();
  await expectNoAxeViolations(page, 'the plan dialog');
  await plan.getByRole('button', { name: 'Schichten anlegen' }).click();
  await expect(plan.getByTestId('plan-outcome')).toContainText(/\d+ Schichten angelegt\./);
  await expectNoAxeViolations(page, 'the plan dialog with its outcome');
  await plan.getByRole('button', { name: 'Fertig' }).click();
  await expect(plan).toHaveCount(0);
  await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
  const shiftCount = await page.locator('article[data-shift-id]').count();
  expect(shiftCount).toBeGreaterThan(5);

  // Publishing asks first, then everyone may see the week.
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const publish = page.getByRole('dialog', { name: /veröffentlichen\?/ });
  await expect(publish).toContainText('Ehrenamtlichen');
  await expectNoAxeViolations(page, 'the publish dialog');
  await publish.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
  await expect(publish).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-status', 'published');

  await volunteer.goto(path);
  await waitForSync(volunteer);
  await expect(volunteer.locator('article[data-shift-id]')).toHaveCount(shiftCount);
  await expect(volunteer.getByTestId('week-lifecycle')).toHaveCount(0);

  // Back into draft: the volunteer's open board gives way to the friendly notice.
  // Taking a week back is rare, so it waits in the week's menu.
  await page.getByText('Woche planen', { exact: true }).click();
  await page.getByRole('button', { name: 'Zurück in Entwurf' }).click();
  const unpublish = page.getByRole('dialog', { name: /zurück in den Entwurf/ });
  await unpublish.getByRole('button', { name: 'Ja, zurück in Entwurf' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'draft');
  const notice = 'Diese Woche wird noch geplant. Sobald sie veröffentlicht ist, siehst du sie hier.';
  await expect(volunteer.getByText(notice)).toBeVisible({ timeout: 10_000 });
  await volunteer.reload();
  await expect(volunteer.getByText(notice)).toBeVisible();
  await expect(volunteer.locator('article[data-shift-id]')).toHaveCount(0);
  await expectNoAxeViolations(volunteer, 'the draft-week notice');
  await volunteer.getByRole('link', { name: 'Zur aktuellen Woche' }).click();
  await expect(volunteer).toHaveURL(new RegExp(`/w/${center.currentWeek}$`));

  // Closing a day: which day, a reason, and how many are affected; the shifts are called off.
  const firstId = (await page.locator('article[data-shift-id]').first().getAttribute('data-shift-id')) ?? '';
  const date = /@(\d{4}-\d{2}-\d{2})$/.exec(firstId)?.[1];
  if (!date) throw new Error(`a planned shift id ends in its date, got ${firstId}`);
  await page.getByText('Woche planen').click();
  await page.getByRole('button', { name: 'Tag schließen' }).click();
  const close = page.getByRole('dialog', { name: 'Einen Tag schließen' });
  await close.locator(`input[name="close-day"][value="${date}"]`).check();
  await expect(close.getByTestId('close-day-impact')).toContainText(/Schicht/);
  await close.getByRole('button', { name: 'Tag schließen' }).click();
  await expect(close.getByText('Bitte gib einen Grund an.')).toBeVisible();
  await expectNoAxeViolations(page, 'the close-day dialog');
  const reason = uniqueToken('Betriebsausflug');
  await close.getByLabel('Grund').fill(reason);
  await close.getByRole('button', { name: 'Tag schließen' }).click();
  await expect(close).toHaveCount(0);
  await expect(page.getByTestId('closed-day')).toContainText(reason);
  const dayCards = page.locator(`article[data-shift-id$="@${date}"]`);
  await expect(dayCards.first()).toContainText(reason);

  await page.getByRole('button', { name: /wieder öffnen$/ }).click();
  await expect(page.getByTestId('closed-day')).toHaveCount(0);
  await expect(dayCards.first()).not.toContainText(reason);

  await coordination.close();
  await volunteering.close();
});

test('copying the previous week without people leaves every place open', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const source = weekFrom(center.currentWeek, 12);
  const target = weekFrom(center.currentWeek, 13);

  // The source week comes from the template, with its regulars on the shifts.
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const planned = await page.request.post(`/api/centers/${center.slug}/weeks/${source}/plan`, {
    data: { source: 'template' },
    headers: { origin },
  });
  expect(planned.status()).toBe(200);
  await openBoard(page, boardPath(center, source));
  await expect(page.getByRole('list', { name: 'Eingetragen' }).first()).toBeVisible();

  await openBoard(page, boardPath(center, target));
  await page.getByRole('button', { name: 'Vorwoche kopieren' }).click();
  const copy = page.getByRole('dialog', { name: 'Vorwoche kopieren' });
  await expect(copy.getByLabel(/Ohne Personen/)).toBeChecked();
  await expectNoAxeViolations(page, 'the copy dialog');
  await copy.getByRole('button', { name: 'Schichten anlegen' }).click();
  await expect(copy.getByTestId('plan-outcome')).toContainText(/Schichten angelegt\./);
  await copy.getByRole('button', { name: 'Fertig' }).click();
  await expect(page.locator('article[data-shift-id]').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Eingetragen' })).toHaveCount(0);

  // Planning again adds nothing: the shifts are there already.
  await page.getByText('Woche planen').click();
  await page.getByRole('button', { name: 'Aus Vorlage erstellen' }).click();
  const again = page.getByRole('dialog', { name: 'Woche aus der Vorlage erstellen' });
  await expect(again).toContainText(/hat schon \d+ Schichten/);
  await again.getByRole('button', { name: 'Schichten anlegen' }).click();
  await expect(again.getByTestId('plan-outcome')).toContainText('Keine neuen Schichten');
});

test('two coordinators edit the template live; volunteers are told it is not for them', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const volunteering = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  const volunteer = await volunteering.newPage();
  await signIn(pageA, 'coordinator');
  await signIn(pageB, 'coordinator');
  await signIn(volunteer, 'volunteer');
  const center = await demoCenter(pageA.request);
  const path = `/c/${center.slug}/vorlage`;

  // From the week board to the template and back.
  await openBoard(pageA, boardPath(center, weekFrom(center.currentWeek, 11)));
  await pageA.getByText('Woche planen').click();
  await pageA.getByRole('link', { name: 'Vorlage bearbeiten' }).click();
  await expect(pageA).toHaveURL(new RegExp(`${path}$`));
  await expect(pageA.getByRole('heading', { level: 1, name: 'Wochenvorlage' })).toBeVisible();
  await expect(pageA.getByText('Aus dieser Vorlage entstehen neue Wochen')).toBeVisible();
  await waitForSync(pageA);
  await expectNoAxeViolations(pageA, 'the template page');

  await pageB.goto(path);
  await waitForSync(pageB);
  await expect(pageB.locator('article[data-shift-id]').first()).toBeVisible();

  const note = uniqueToken('Vorlage');
  const card = pageA.locator('article[data-shift-id]').first();
  await card.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = pageA.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Hinweis (freiwillig)').fill(note);
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(edit).toHaveCount(0);
  await expect(shiftCard(pageB, note)).toBeVisible();

  await pageA.getByRole('link', { name: 'Zum Wochenplan' }).click();
  await expect(pageA).toHaveURL(new RegExp(`/w/${center.currentWeek}$`));

  await volunteer.goto(path);
  await expect(volunteer.getByRole('heading', { name: 'Nur für die Koordination' })).toBeVisible();
  await expect(volunteer.locator('article[data-shift-id]')).toHaveCount(0);

  await first.close();
  await second.close();
  await volunteering.close();
});
