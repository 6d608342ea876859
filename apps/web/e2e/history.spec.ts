/**
 * The Verlauf of a week (issue 6): a coordinator's change on the board appears on the week's history page
 * in plain words, and live while the page is open; the page is for coordinators only; axe-clean on a
 * laptop and on a phone.
 */
import { expect, test, type Page } from './support/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  shiftCard,
  signIn,
  signInToDemo,
  uniqueToken,
  weekFrom,
} from './support/board';

const CAFE = 'demo-cafe';

async function addMondayShift(page: Page, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Neue Schicht', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(CAFE);
  await form.getByLabel('Tag').selectOption({ index: 0 });
  await form.getByLabel('Beginn').fill('09:00');
  await form.getByLabel('Ende').fill('12:00');
  await form.getByLabel('Wie viele Personen werden gebraucht?').fill('2');
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
  await expect(shiftCard(page, note)).toBeVisible();
}

async function assign(page: Page, note: string, name: string): Promise<void> {
  await shiftCard(page, note)
    .getByRole('button', { name: /^Person eintragen/ })
    .click();
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  await picker.getByLabel('Name suchen').fill(name);
  await page.keyboard.press('Enter');
  await expect(picker.getByText(`${name} ist jetzt eingetragen.`)).toBeVisible();
  await picker.getByRole('button', { name: 'Fertig' }).click();
  await expect(picker).toHaveCount(0);
}

test('an assignment on the board reads in plain words on the Verlauf page, live', async ({ page, context }) => {
  const me = await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const [first, second] = center.people.slice(3, 5);
  if (!first || !second) throw new Error('the demo center needs people');
  const cafe = center.areas.find((area) => area.id === CAFE)?.name ?? 'Café';
  const week = weekFrom(center.currentWeek, 41);
  const note = uniqueToken('Verlauf');
  await openBoard(page, boardPath(center, week));
  await addMondayShift(page, note);
  await assign(page, note, first.displayName);

  // From the board's "Woche planen" menu, as a coordinator finds it.
  await page.getByTestId('week-lifecycle').getByText('Woche planen', { exact: true }).click();
  await page.getByRole('link', { name: 'Verlauf' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/demo/w/${week}/verlauf$`));
  await expect(page.getByRole('heading', { level: 1, name: `Verlauf der Woche ${week}` })).toBeVisible();
  const lines = page.getByTestId('history-line');
  await expect(lines.first()).toContainText(`${me} hat ${first.displayName} für ${cafe} Mo 9–12 eingetragen.`);
  await expect(page.getByText(`${me} hat die Schicht ${cafe} Mo 9–12 angelegt (2 Plätze).`)).toBeVisible();
  await expectNoAxeViolations(page, 'Verlauf');

  // A second tab edits the board; the open Verlauf follows without a reload.
  const board = await context.newPage();
  await openBoard(board, boardPath(center, week));
  await assign(board, note, second.displayName);
  await expect(lines.first()).toContainText(`${me} hat ${second.displayName} für ${cafe} Mo 9–12 eingetragen.`);
  await board.close();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(lines.first()).toBeVisible();
  await expectNoAxeViolations(page, 'Verlauf on a phone');
});

test('the Verlauf is for coordinators only', async ({ page }) => {
  const center = await signInToDemo(page, 'teamLead');
  await page.goto(`/c/demo/w/${weekFrom(center.currentWeek, 41)}/verlauf`);
  await expect(page.getByRole('heading', { name: 'Nur für die Koordination' })).toBeVisible();
  await expect(page.getByTestId('history-line')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Verlauf refused');
});
