import { expect, test, type Page } from './support/test';
import { boardPath, keyboardToCard, openBoard, signInToDemo, shiftCard, uniqueToken, weekFrom } from './support/board';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (element: { label: string; text: string }) => boolean, limit = 200) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { label: element?.getAttribute('aria-label') ?? '', text: element?.innerText?.trim() ?? '' };
    });
    if (matches(focused)) return;
  }
  throw new Error('the element was not reached with Tab');
}

test('a shift can be added and a person assigned with the keyboard alone', async ({ page }) => {
  const center = await signInToDemo(page);
  const week = weekFrom(center.currentWeek, 3);
  const person = center.people[1] ?? center.people[0];
  if (!person) throw new Error('the demo center needs people');
  const note = uniqueToken('Tastatur');

  await openBoard(page, boardPath(center, week));

  await tabTo(page, ({ text }) => text === 'Neue Schicht');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await expect(form).toBeVisible();

  // Focus starts on the area; arrow keys choose one without opening the list.
  await expect(form.getByLabel('Bereich')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab'); // day: keep the proposed one
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Beginn')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7.30');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Wie viele Personen werden gebraucht?')).toBeFocused();
  await page.keyboard.press('ArrowUp'); // 2 → 3
  await page.keyboard.press('Tab');
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Schicht anlegen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);

  const card = shiftCard(page, note);
  await expect(card).toContainText('07:30–09:00');
  await expect(card).toContainText('Noch niemand – 3 fehlen');
  // Focus went back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Neue Schicht' })).toBeFocused();

  // The grid is one tab stop: from the top of the page, "Springe zu" the day, then the arrows.
  await openBoard(page, boardPath(center, week), { axe: false });
  await keyboardToCard(page, card);
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  await expect(picker.getByLabel('Name suchen')).toBeFocused();
  await page.keyboard.type(person.displayName);
  await page.keyboard.press('Enter'); // takes the first match
  await expect(picker.getByText(`${person.displayName} ist jetzt eingetragen.`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);

  await expect(card).toContainText(person.displayName);
  await expect(card).toContainText('1 von 3 – 2 fehlen');
  await expect(card.getByRole('button', { name: /^Person eintragen/ })).toBeFocused();

  // And off again, still by keyboard: back to the card, Tab to its people, the arrow to "austragen".
  await page.keyboard.press('Escape');
  await expect(card).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(card.getByRole('button', { name: `${person.displayName} austragen` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toContainText('Noch niemand – 3 fehlen');
});
