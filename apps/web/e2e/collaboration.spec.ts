import { expect, test } from '@playwright/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  shiftCard,
  uniqueToken,
  useGuestName,
  weekFrom,
} from './support/board';

test('two browsers on one week see each other and each other’s edits at once', async ({ browser, request }) => {
  const center = await demoCenter(request);
  const week = weekFrom(center.currentWeek, 2);
  const person = center.people[0];
  const area = center.areas[0];
  if (!person || !area) throw new Error('the demo center needs people and areas');
  const note = uniqueToken('Zusammen');

  const anna = await browser.newContext();
  const ben = await browser.newContext();
  const pageA = await anna.newPage();
  const pageB = await ben.newPage();
  await useGuestName(pageA, 'Anna Koordination', '#9d174d');
  await openBoard(pageA, boardPath(center, week));
  await openBoard(pageB, boardPath(center, week));

  // Ben renames his guest identity through the page.
  await pageB.getByText('Namen ändern').click();
  await pageB.getByLabel('Dein Name').fill('Ben Bereichsleitung');
  await pageB.getByRole('button', { name: 'Namen speichern' }).click();

  const presenceA = pageA.getByTestId('presence');
  const presenceB = pageB.getByTestId('presence');
  await expect(presenceA).toContainText('Anna Koordination (du)');
  await expect(presenceA).toContainText('Ben Bereichsleitung');
  await expect(presenceB).toContainText('Ben Bereichsleitung (du)');
  await expect(presenceB).toContainText('Anna Koordination');
  await expectNoAxeViolations(pageA, 'board with two people');

  // Anna adds a shift; Ben sees it.
  await pageA.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = pageA.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(area.id);
  await form.getByLabel('Tag').selectOption({ index: 1 });
  await form.getByLabel('Beginn').fill('10:15');
  await form.getByLabel('Ende').fill('11:45');
  await form.getByLabel('Wie viele Personen werden gebraucht?').fill('2');
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await expectNoAxeViolations(pageA, 'the add-shift dialog');
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);

  const cardB = shiftCard(pageB, note);
  await expect(cardB).toBeVisible();
  await expect(cardB).toContainText('10:15–11:45');
  await expect(cardB).toContainText('Noch niemand – 2 fehlen');

  // Ben puts a person on it; Anna sees the name.
  await cardB.getByRole('button', { name: /^Person eintragen/ }).click();
  const picker = pageB.getByRole('dialog', { name: 'Person eintragen' });
  await picker.getByLabel('Name suchen').fill(person.displayName);
  await expectNoAxeViolations(pageB, 'the assign dialog');
  await picker.getByRole('button', { name: person.displayName, exact: false }).first().click();
  await expect(picker.getByText(`${person.displayName} ist jetzt eingetragen.`)).toBeVisible();
  await picker.getByRole('button', { name: 'Fertig' }).click();

  const cardA = shiftCard(pageA, note);
  await expect(cardA).toContainText(person.displayName);
  await expect(cardA).toContainText('1 von 2 – 1 fehlt');

  // Anna needs one more person; Ben sees the new count.
  await cardA.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = pageA.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Wie viele Personen werden gebraucht?').fill('3');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(cardB).toContainText('1 von 3 – 2 fehlen');

  // Ben takes the person off again; Anna sees it.
  await cardB.getByRole('button', { name: `${person.displayName} austragen` }).click();
  await expect(cardA).toContainText('Noch niemand – 3 fehlen');

  // Anna deletes the shift after confirming; it disappears for Ben.
  await cardA.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  await edit.getByRole('button', { name: 'Schicht löschen' }).click();
  const confirm = pageA.getByRole('dialog', { name: 'Schicht löschen' });
  await expect(confirm.getByText('Diese Schicht wirklich löschen?')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Nein, behalten' })).toBeFocused();
  await expectNoAxeViolations(pageA, 'the delete confirmation');
  await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(cardB).toHaveCount(0);
  await expect(cardA).toHaveCount(0);

  // When Ben leaves, Anna no longer sees him.
  await ben.close();
  await expect(presenceA).not.toContainText('Ben Bereichsleitung', { timeout: 40_000 });
  await anna.close();
});
