import { expect, test } from './support/test';
import {
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

test('a coordinator and a team lead on one week see each other and each other’s edits at once', async ({ browser }) => {
  // The coordinator (A) and the team lead of the café (B), each in a browser of their own.
  const coordination = await browser.newContext();
  const teamLead = await browser.newContext();
  const pageA = await coordination.newPage();
  const pageB = await teamLead.newPage();
  const nameA = await signIn(pageA, 'coordinator');
  const nameB = await signIn(pageB, 'teamLead');
  const center = await demoCenter(pageA.request);
  const week = weekFrom(center.currentWeek, 2);
  await publishWeek(pageA, center, week);
  const person = center.people[0];
  const area = center.areas.find((entry) => entry.id === 'demo-cafe');
  if (!person || !area) throw new Error('the demo center needs people and the café');
  const note = uniqueToken('Zusammen');

  await openBoard(pageA, boardPath(center, week));
  await openBoard(pageB, boardPath(center, week));

  // Presence shows the real names the server stamped, with the role in words.
  const presenceA = pageA.getByTestId('presence');
  const presenceB = pageB.getByTestId('presence');
  await expect(presenceA).toContainText(`${nameA} (du)`);
  await expect(presenceA).toContainText(nameB);
  await expect(presenceA).toContainText('Bereichsleitung');
  await expect(presenceB).toContainText(`${nameB} (du)`);
  await expect(presenceB).toContainText(nameA);
  await expect(presenceB).toContainText('Koordination');
  await expectNoAxeViolations(pageA, 'board with two people');

  // The coordinator adds a café shift; the team lead sees it.
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

  // The team lead puts a person on it; the coordinator sees the name.
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

  // The coordinator needs one more person; the team lead sees the new count.
  await cardA.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = pageA.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Wie viele Personen werden gebraucht?').fill('3');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(cardB).toContainText('1 von 3 – 2 fehlen');

  // The team lead takes the person off again; the coordinator sees it.
  await cardB.getByRole('button', { name: `${person.displayName} austragen` }).click();
  await expect(cardA).toContainText('Noch niemand – 3 fehlen');

  // The coordinator deletes the shift after confirming; it disappears for the team lead.
  await cardA.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  await edit.getByRole('button', { name: 'Schicht löschen' }).click();
  const confirm = pageA.getByRole('dialog', { name: 'Schicht löschen' });
  await expect(confirm.getByText('Diese Schicht wirklich löschen?')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Nein, behalten' })).toBeFocused();
  await expectNoAxeViolations(pageA, 'the delete confirmation');
  await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(cardB).toHaveCount(0);
  await expect(cardA).toHaveCount(0);

  // When the team lead leaves, the coordinator no longer sees him.
  await teamLead.close();
  await expect(presenceA).not.toContainText(nameB, { timeout: 40_000 });
  await coordination.close();
});
