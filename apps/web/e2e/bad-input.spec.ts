import { expect, test } from './support/test';
import {
  boardPath,
  signInToDemo,
  expectNoAxeViolations,
  openBoard,
  shiftCard,
  uniqueToken,
  weekFrom,
} from './support/board';

test('bad input shows a clear message next to the field and changes nothing', async ({ page }) => {
  const center = await signInToDemo(page);
  const week = weekFrom(center.currentWeek, 4);
  const area = center.areas[0];
  if (!area) throw new Error('the demo center needs areas');
  const note = uniqueToken('Falsch');

  await openBoard(page, boardPath(center, week));
  const shiftCount = page.getByTestId('stat-shifts');
  const before = await shiftCount.innerText();

  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  const start = form.getByLabel('Beginn');
  const end = form.getByLabel('Ende');
  const needed = form.getByLabel('Wie viele Personen werden gebraucht?');
  const submit = form.getByRole('button', { name: 'Schicht anlegen' });

  // No area chosen, end before start, nobody needed.
  await start.fill('14:00');
  await end.fill('10:00');
  await needed.fill('0');
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await submit.click();
  await expect(form.getByText('Nicht gespeichert. Bitte prüfe die markierten Angaben.')).toBeVisible();
  await expect(form.getByText('Bitte wähle einen Bereich.')).toBeVisible();
  await expect(form.getByText('Das Ende muss nach dem Beginn liegen.')).toBeVisible();
  await expect(form.getByText('Bitte gib eine ganze Zahl von 1 bis 50 ein.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Bereich')).toBeFocused();
  await expectNoAxeViolations(page, 'the form with problems');
  await expect(shiftCount).toHaveText(before);

  // A time that does not exist.
  await form.getByLabel('Bereich').selectOption(area.id);
  await start.fill('25:00');
  await end.fill('26:00');
  await needed.fill('2');
  await submit.click();
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(
    form.getByText('Bitte gib die Uhrzeit als Stunden und Minuten ein, zum Beispiel 09:00.').first(),
  ).toBeVisible();
  await expect(shiftCount).toHaveText(before);
  await expect(shiftCard(page, note)).toHaveCount(0);

  // Corrected, it is saved.
  await start.fill('9');
  await end.fill('11:30');
  await submit.click();
  await expect(form).toHaveCount(0);
  const card = shiftCard(page, note);
  await expect(card).toContainText('09:00–11:30');

  // Editing with a needed count that is no number changes nothing either.
  await card.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = page.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Wie viele Personen werden gebraucht?').fill('viele');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(edit.getByText('Bitte gib eine ganze Zahl von 1 bis 50 ein.')).toBeVisible();
  await edit.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(card).toContainText('Noch niemand – 2 fehlen');
});
