/**
 * The board and the people's records (issue 5): a card warns, in words with an icon, about a person
 * whose Nachweis the area requires is missing or expired and about a person who is away; the picker and
 * the people panel say who has time. The records are set up through the API (their pages are elsewhere);
 * the board picks up a change when its window gets focus.
 */
import { expect, test, type Page } from './support/test';
import { datesOfIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import { boardPath, demoCenter, expectNoAxeViolations, openBoard, signIn, weekFrom } from './support/board';

test.use({ viewport: { width: 1366, height: 900 } });

function origin(): string {
  return new URL(test.info().project.use.baseURL ?? '').origin;
}

/**
 * The first card of a template shift (any day: a public holiday of the week may have left one out) that
 * names `text`, or any when `text` is left out.
 */
function card(page: Page, templatePrefix: string, text?: string) {
  const cards = page.locator(`article[data-shift-id^="${templatePrefix}"]`);
  return (text ? cards.filter({ hasText: text }) : cards).first();
}

/** "7.12." as the board writes a date (de-DE). */
function shortDe(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${day}.${month}.`;
}

test('cards warn about a missing Nachweis and an absence; the picker and the panel say who fits', async ({ page }) => {
  // One board, a dialog and four axe runs: on a busy machine more than the default 45 s.
  test.slow();
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 26);
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`not a week: ${week}`);
  const days = datesOfIsoWeek(parsed);
  const [monday, sunday] = [days[0] ?? '', days[6] ?? ''];
  const api = `/api/centers/${center.slug}`;
  const headers = { origin: origin() };

  const planned = await page.request.post(`${api}/weeks/${week}/plan`, { data: { source: 'template' }, headers });
  expect(planned.status()).toBe(200);
  // Ben (never had a Hygienebelehrung) and Fatima (who has one) usually help on weekday afternoons.
  const afternoons = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, kind: 'time', start: '13:00', end: '18:00' }));
  for (const personId of ['demo-ben', 'demo-fatima']) {
    const slots = await page.request.put(`${api}/people/${personId}/availability`, {
      data: { slots: afternoons },
      headers,
    });
    expect(slots.status()).toBe(200);
  }

  await openBoard(page, boardPath(center, week));

  // The seed: Olga's Belehrung ran out, and she is a regular of the morning café.
  const olgasCafe = card(page, 'demo-cafe-vm-', 'Olga P.');
  await expect(olgasCafe.getByRole('list', { name: 'Hinweise' })).toContainText('Olga P.: Hygienebelehrung abgelaufen');

  // Anna goes on holiday after the board is open; the board hears of it when its window gets focus.
  const absence = await page.request.post(`${api}/people/demo-anna/absences`, {
    data: { from: monday, to: sunday, reason: 'Urlaub' },
    headers,
  });
  expect(absence.status()).toBe(201);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const annasCafe = card(page, 'demo-cafe-vm-', 'Anna K.');
  const annaWarning = annasCafe.getByRole('listitem').filter({ hasText: 'Anna K. ist abwesend' });
  await expect(annaWarning).toHaveText(`Anna K. ist abwesend (Urlaub bis ${shortDe(sunday)})`);
  await expect(annaWarning.locator('svg')).toHaveCount(1);

  // The people panel says it for the week.
  const panel = page.getByRole('region', { name: 'Personen' });
  await expect(panel.locator('li[data-person-id="demo-anna"]')).toContainText(`abwesend bis ${shortDe(sunday)}`);
  await expect(panel.locator('li[data-person-id="demo-ben"]')).toContainText(
    'verfügbar Mo, Di, Mi, Do, Fr 13:00–18:00',
  );
  await expectNoAxeViolations(page, 'the board with warnings from the records');

  // The picker of an afternoon café: who fits, who is away, who lacks the Belehrung.
  const afternoon = card(page, 'demo-cafe-nm-');
  await afternoon.getByRole('button', { name: /^Person eintragen/ }).click();
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  const ben = picker.getByRole('button', { name: /^Ben M\./ });
  await expect(ben).toContainText(/Hygienebelehrung fehlt · verfügbar (Mo|Di|Mi|Do|Fr) 13:00–18:00/);
  await expect(picker.getByRole('button', { name: /^Anna K\./ })).toContainText(`abwesend bis ${shortDe(sunday)}`);
  // Who fits comes first, who is away or lacks the Belehrung last.
  const results = picker.locator('#assign-results li');
  await expect(results.first()).toContainText(/Fatima H\.\s*verfügbar (Mo|Di|Mi|Do|Fr) 13:00–18:00/);
  const names = await results.locator('.name').allTextContents();
  expect(names.indexOf('Dieter H.')).toBeLessThan(names.indexOf('Anna K.'));
  await expectNoAxeViolations(page, 'the picker with hints');

  // Assigning him anyway is allowed (a warning never blocks); the card then says what is missing.
  await ben.click();
  await expect(picker.getByText('Ben M. ist jetzt eingetragen.')).toBeVisible();
  await picker.getByRole('button', { name: 'Fertig' }).click();
  await expect(afternoon.getByRole('list', { name: 'Hinweise' })).toContainText('Ben M.: Hygienebelehrung fehlt');
  await expect(afternoon).toContainText('Ben M.');
});
