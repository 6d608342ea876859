/**
 * Board editing (issue 4): assigning by keyboard and by dragging, moving people, undo of one's own
 * changes only, duplicating shifts and setting the needed count of several at once.
 */
import { expect, test, type Page } from './support/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  keyboardToCard,
  openBoard,
  shiftCard,
  signIn,
  signInToDemo,
  uniqueToken,
  weekFrom,
} from './support/board';

const CAFE = 'demo-cafe';

interface NewShift {
  area: string;
  /** Index in the day select: 0 = Monday. */
  day: number;
  start: string;
  end: string;
  needed: number;
  note: string;
}

async function addShiftAt(page: Page, shift: NewShift): Promise<void> {
  await page.getByRole('button', { name: 'Neue Schicht', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(shift.area);
  await form.getByLabel('Tag').selectOption({ index: shift.day });
  await form.getByLabel('Beginn').fill(shift.start);
  await form.getByLabel('Ende').fill(shift.end);
  await form.getByLabel('Wie viele Personen werden gebraucht?').fill(String(shift.needed));
  await form.getByLabel('Hinweis (freiwillig)').fill(shift.note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
  await expect(shiftCard(page, shift.note)).toBeVisible();
}

async function assignInPicker(page: Page, note: string, name: string): Promise<void> {
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

test('a person is assigned with the keyboard alone', async ({ page }) => {
  const center = await signInToDemo(page);
  const person = center.people[2] ?? center.people[0];
  if (!person) throw new Error('the demo center needs people');
  const note = uniqueToken('Tasten');
  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 21)));
  await addShiftAt(page, { area: CAFE, day: 1, start: '07:05', end: '08:10', needed: 2, note });

  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 21)), { axe: false });
  await keyboardToCard(page, shiftCard(page, note));
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  await expect(picker.getByLabel('Name suchen')).toBeFocused();
  await page.keyboard.type(person.displayName);
  await page.keyboard.press('Enter');
  await expect(picker.getByText(`${person.displayName} ist jetzt eingetragen.`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(shiftCard(page, note)).toContainText(person.displayName);
});

test('people are dragged onto shifts and between them, and moved by keyboard too', async ({ page }) => {
  const center = await signInToDemo(page);
  const [first, second] = center.people;
  if (!first || !second) throw new Error('the demo center needs two people');
  // A native drag cannot scroll the page on its way: both cards must be in view at once.
  await page.setViewportSize({ width: 1280, height: 2400 });
  const morning = uniqueToken('Morgen');
  const noon = uniqueToken('Mittag');
  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 22)));
  await addShiftAt(page, { area: CAFE, day: 2, start: '08:00', end: '10:00', needed: 1, note: morning });
  await addShiftAt(page, { area: 'demo-kinder', day: 2, start: '09:00', end: '11:00', needed: 1, note: noon });
  const morningCard = shiftCard(page, morning);
  const noonCard = shiftCard(page, noon);

  // From the people panel onto a card.
  const panel = page.getByRole('region', { name: 'Personen' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Person suchen').fill(first.displayName);
  await panel.locator('li', { hasText: first.displayName }).dragTo(morningCard);
  await expect(morningCard).toContainText(first.displayName);
  await expect(morningCard).toContainText('1 von 1');

  // The same person on an overlapping shift: a warning in words, not blocking.
  await panel.locator('li', { hasText: first.displayName }).dragTo(noonCard);
  await expect(noonCard).toContainText(first.displayName);
  await expect(noonCard).toContainText(`${first.displayName} ist zur selben Zeit in Café/Offener Treff eingeteilt`);
  await expect(morningCard).toContainText(`${first.displayName} ist zur selben Zeit in Kinderbetreuung eingeteilt`);
  await expectNoAxeViolations(page, 'board with the people panel and warnings');

  // A chip onto another card moves the person; one undo puts them back.
  await panel.getByLabel('Person suchen').fill(second.displayName);
  await panel.locator('li', { hasText: second.displayName }).dragTo(morningCard);
  await expect(morningCard).toContainText('2 von 1');
  await expect(morningCard).toContainText('1 Person mehr als nötig');
  // Grabbed by the name, not by one of the chip's buttons.
  await morningCard
    .locator('li[draggable="true"]', { hasText: second.displayName })
    .dragTo(noonCard, { sourcePosition: { x: 12, y: 12 } });
  await expect(noonCard).toContainText(second.displayName);
  await expect(morningCard).not.toContainText(second.displayName);
  await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
  await expect(morningCard).toContainText(second.displayName);
  await expect(noonCard).not.toContainText(second.displayName);

  // By keyboard: "verschieben" opens a list of shifts, the same day first.
  await morningCard.getByRole('button', { name: `${second.displayName} verschieben` }).click();
  const dialog = page.getByRole('dialog', { name: 'Person verschieben' });
  await expect(dialog.getByRole('heading', { name: 'Am selben Tag' })).toBeVisible();
  await expectNoAxeViolations(page, 'the move dialog');
  await dialog.getByRole('button', { name: /09:00 bis 11:00/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(noonCard).toContainText(second.displayName);
  await expect(morningCard).not.toContainText(second.displayName);
});

test('undo takes back only one’s own change, for everyone', async ({ browser }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await signIn(pageA, 'coordinator');
  await signIn(pageB, 'coordinator');
  const center = await demoCenter(pageA.request);
  const [x, y] = center.people;
  if (!x || !y) throw new Error('the demo center needs two people');
  const path = boardPath(center, weekFrom(center.currentWeek, 23));
  const noteA = uniqueToken('VonA');
  const noteB = uniqueToken('VonB');

  await openBoard(pageA, path);
  await openBoard(pageB, path);
  await addShiftAt(pageA, { area: CAFE, day: 0, start: '09:00', end: '10:00', needed: 2, note: noteA });
  await addShiftAt(pageA, { area: CAFE, day: 3, start: '09:00', end: '10:00', needed: 2, note: noteB });

  await assignInPicker(pageA, noteA, x.displayName);
  await expect(shiftCard(pageB, noteA)).toContainText(x.displayName);
  await assignInPicker(pageB, noteB, y.displayName);
  await expect(shiftCard(pageA, noteB)).toContainText(y.displayName);

  // Focus is back on the card's button, not in a text field: the shortcut applies.
  await pageA.keyboard.press('Control+z');
  for (const page of [pageA, pageB]) {
    await expect(shiftCard(page, noteA)).not.toContainText(x.displayName);
    await expect(shiftCard(page, noteB)).toContainText(y.displayName);
  }
  await expect(pageA.getByText(`Rückgängig gemacht: ${x.displayName} eingetragen`)).toBeAttached();

  // Redo brings it back, again for both.
  await pageA.keyboard.press('Control+Shift+z');
  await expect(shiftCard(pageB, noteA)).toContainText(x.displayName);
  await contextA.close();
  await contextB.close();
});

test('a shift is duplicated, and the needed count of several is set at once', async ({ page }) => {
  const center = await signInToDemo(page);
  const note = uniqueToken('Doppelt');
  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 24)));
  await addShiftAt(page, { area: CAFE, day: 4, start: '14:00', end: '16:30', needed: 2, note });

  await shiftCard(page, note)
    .getByRole('button', { name: /^Schicht bearbeiten/ })
    .click();
  const edit = page.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByRole('button', { name: 'Schicht duplizieren' }).click();
  await expect(edit).toHaveCount(0);
  await expect(shiftCard(page, note)).toHaveCount(2);
  await expect(page.getByText(/^Schicht dupliziert:/)).toBeAttached();

  await page.getByRole('button', { name: 'Mehrere auswählen' }).click();
  const cards = shiftCard(page, note);
  await cards.nth(0).getByRole('checkbox').check();
  await cards.nth(1).getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Mehrere Schichten ändern' });
  await expect(bar).toContainText('2 Schichten ausgewählt');
  await bar.getByLabel('Soll (Personen)').fill('4');
  await expectNoAxeViolations(page, 'the selection mode');
  await bar.getByRole('button', { name: 'Soll für 2 Schichten setzen' }).click();
  await expect(cards.nth(0)).toContainText('Noch niemand – 4 fehlen');
  await expect(cards.nth(1)).toContainText('Noch niemand – 4 fehlen');

  // One step back: both counts return together.
  await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
  await expect(cards.nth(0)).toContainText('Noch niemand – 2 fehlen');
  await expect(cards.nth(1)).toContainText('Noch niemand – 2 fehlen');
});
