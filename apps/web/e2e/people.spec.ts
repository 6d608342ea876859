/**
 * People management (issue 3): a coordinator adds a volunteer, makes someone team lead of an area and
 * deactivates a person; team leads find no link to it, and the page tells them it is not theirs.
 */
import { expect, test, type Page } from './support/test';
import { boardPath, demoCenter, expectNoAxeViolations, openBoard, signIn } from './support/board';

/** A name no other test (or run against the same server) uses. */
function uniqueLastName(): string {
  return `Test${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

function personCard(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name }) });
}

async function addPerson(page: Page, firstName: string, lastName: string): Promise<void> {
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Vorname')).toBeFocused();
  await dialog.getByLabel('Vorname').fill(firstName);
  await dialog.getByLabel('Nachname').fill(lastName);
  await dialog.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(dialog).toBeHidden();
}

test('a coordinator adds a volunteer, makes her team lead of an area and deactivates her', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto('/');
  await page.getByRole('link', { name: 'Personen' }).click();
  await expect(page).toHaveURL(/\/c\/demo\/personen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personen');
  await expect(personCard(page, /^Markus /)).toContainText('Bereichsleitung');
  await expectNoAxeViolations(page, 'the people page');

  // Bad input is named next to the field and adds nobody.
  await page.getByRole('button', { name: 'Person hinzufügen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(dialog.getByText('Bitte gib einen Vornamen ein.')).toBeVisible();
  await expect(dialog.getByLabel('Vorname')).toBeFocused();
  await expectNoAxeViolations(page, 'the person form with problems');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  const lastName = uniqueLastName();
  const name = `Hilde ${lastName}`;
  await addPerson(page, 'Hilde', lastName);
  await expect(page.getByRole('status')).toContainText(`${name} wurde hinzugefügt.`);
  const card = personCard(page, name);
  await expect(card).toContainText('Ehrenamt');
  await expect(card).toContainText('Nein, noch kein Konto');
  await expect(card).toContainText('Aktiv');
  await expect(card.getByRole('link', { name: `Einladung für ${name} drucken` })).toHaveAttribute(
    'href',
    /\/c\/demo\/personen\/person-[\w-]+\/einladung$/,
  );

  // Team lead of the breakfast.
  await card.getByRole('button', { name: `${name} bearbeiten` }).click();
  const edit = page.getByRole('dialog');
  await edit.getByRole('radio', { name: /Bereichsleitung/ }).check();
  await edit.getByRole('checkbox', { name: 'Frühstück' }).check();
  await expectNoAxeViolations(page, 'the person form of a team lead');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Bereichsleitung');
  await expect(card).toContainText('Frühstück');
  await expect(card.getByRole('button', { name: `${name} bearbeiten` })).toBeFocused();

  // Deactivate, after confirming.
  await card.getByRole('button', { name: `${name} deaktivieren` }).click();
  const confirm = page.getByRole('dialog', { name: `${name} deaktivieren?` });
  await expect(confirm.getByRole('button', { name: 'Nein, so lassen' })).toBeFocused();
  await expectNoAxeViolations(page, 'the deactivation question');
  await confirm.getByRole('button', { name: 'Ja, deaktivieren' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toContainText('Deaktiviert');
  await expect(card.getByRole('button', { name: `${name} wieder aktivieren` })).toBeVisible();
  await expectNoAxeViolations(page, 'the people page with a deactivated person');
});

test('the last coordinator cannot be made a volunteer; the server says why', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto('/c/demo/personen');
  const card = page.getByRole('listitem').filter({ hasText: 'koordination@demo.test' });
  await card.getByRole('button', { name: /bearbeiten$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Ehrenamt/ }).check();
  await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(dialog.getByRole('alert')).toContainText('letzte aktive Koordination');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(card).toContainText('Koordination');
});

test('a team lead sees no "Personen" link and gets a friendly notice on the page', async ({ page }) => {
  await signIn(page, 'teamLead');
  await page.goto('/');
  await expect(page.getByTestId('signed-in-as')).toContainText('Bereichsleitung');
  await expect(page.getByRole('link', { name: 'Personen' })).toHaveCount(0);
  await page.goto('/c/demo/personen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nur für die Koordination');
  await expect(page.getByText('koordination@demo.test')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the people page for a team lead');
});

test('a role change reaches an open board at once: the team lead becomes a volunteer', async ({ page, browser }) => {
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const coordination = await browser.newContext();
  const admin = await coordination.newPage();
  await signIn(admin, 'coordinator');
  const { people } = (await (await admin.request.get('/api/centers/demo/people')).json()) as {
    people: { id: string; email: string | null }[];
  };
  const person = people.find((entry) => entry.email === 'ehrenamt12@demo.test');
  if (!person) throw new Error('demo volunteer ehrenamt12 not found');
  const setRole = async (data: unknown) => {
    const response = await admin.request.patch(`/api/centers/demo/people/${person.id}`, { data, headers: { origin } });
    expect(response.status()).toBe(200);
  };
  await setRole({ role: 'team-lead', areaIds: ['demo-cafe'] });
  try {
    await signIn(page, 'ehrenamt12@demo.test');
    const center = await demoCenter(page.request);
    // The current week: published, so a volunteer still sees it after the change.
    await openBoard(page, boardPath(center, center.currentWeek));
    await expect(page.getByTestId('signed-in-as')).toContainText('Bereichsleitung');
    await expect(page.getByRole('button', { name: 'Neue Schicht' })).toBeVisible();

    await setRole({ role: 'volunteer' });
    await expect(page.getByTestId('signed-in-as')).toContainText('Ehrenamt');
    await expect(page.getByRole('button', { name: 'Neue Schicht' })).toHaveCount(0);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  } finally {
    await setRole({ role: 'volunteer' });
    await coordination.close();
  }
});
