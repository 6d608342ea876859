/**
 * The board tells the truth about who comes (issue 13, item 1): in the demo Karin is on holiday from this
 * week's Thursday, yet a regular of Friday's morning café. Her place is not "Voll besetzt" on the board,
 * the gaps page lists it, and the day sheet strikes her out with a line for someone else's name. In a past
 * week of its own (seven weeks back, which no other spec uses) the attendance dialog opens on the first day
 * with shifts and proposes "Nicht da (abwesend)" for someone away (items 1 and 14).
 */
import { expect, test, type Page } from './support/test';
import { datesOfIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import { boardPath, checkBothViewports, demoCenter, openBoard, signIn, weekFrom } from './support/board';

async function post(page: Page, path: string, data: unknown, status = 200): Promise<void> {
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const response = await page.request.post(path, { data, headers: { origin } });
  expect(response.status(), path).toBe(status);
}

test('a place held by someone away counts as open: board, gaps page and day sheet', async ({ page }) => {
  test.slow();
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = parseIsoWeek(center.currentWeek);
  if (!week) throw new Error(`not a week: ${center.currentWeek}`);
  const friday = datesOfIsoWeek(week)[4] ?? '';
  // Karin's holiday starts on Thursday: the suite's clock (a Wednesday) keeps Friday ahead.

  await openBoard(page, boardPath(center, center.currentWeek), { axe: false });
  // Friday's morning café: Anna and Karin (template regulars of weekday 5); Karin is away.
  const card = page.locator('article[data-shift-id^="demo-cafe-vm-5"]');
  await expect(card.getByRole('list', { name: 'Eingetragen' })).toContainText('Karin W.');
  await expect(card).not.toContainText('Voll besetzt');
  await expect(card).toContainText('1 von 2 – 1 fehlt');
  await expect(card).toContainText('1 abwesend, zählt nicht mit');
  await expect(card.getByRole('listitem').filter({ hasText: 'Karin W.' }).first()).toContainText('(abwesend)');
  await card.scrollIntoViewIfNeeded();
  await checkBothViewports(page, 'staffing-board', 'the board with an absent regular');

  await page.goto(`/c/${center.slug}/w/${center.currentWeek}/luecken`);
  const gapOf = (weekday: string) =>
    page.getByRole('article', { name: new RegExp(`^Café/Offener Treff, ${weekday} [\\d.]+, 9:30–12:30 Uhr$`) });
  await expect(gapOf('Fr')).toContainText('1 von 2 fehlt');
  // Thursday: Olga is there, but her Hygienebelehrung ran out: a gap of its own kind.
  await expect(gapOf('Do')).toContainText('1 ohne gültigen Nachweis');
  await checkBothViewports(page, 'staffing-gaps', 'the gaps page');

  await page.goto(`/c/${center.slug}/w/${center.currentWeek}/tag/${friday}`);
  const row = page.getByRole('row').filter({ hasText: '09:30' }).filter({ hasText: 'Karin W.' });
  await expect(row).toContainText('Karin W. (abwesend)');
  await expect(row.locator('li.blank')).toHaveCount(1);
  await checkBothViewports(page, 'staffing-day-sheet', 'the day sheet');
});

test('the attendance dialog opens on the first day with shifts and proposes "Nicht da (abwesend)"', async ({
  page,
}) => {
  test.slow();
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, -7);
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`not a week: ${week}`);
  const [monday = '', tuesday = ''] = datesOfIsoWeek(parsed);
  const api = `/api/centers/${center.slug}`;
  await post(page, `${api}/weeks/${week}/plan`, { source: 'template' });
  await post(page, `${api}/weeks/${week}/publish`, {});
  // Monday was closed (all its shifts called off), and Karin, a Tuesday café regular, was away.
  await post(page, `${api}/weeks/${week}/days/${monday}/close`, { reason: 'Wasserschaden' });
  await post(page, `${api}/people/demo-karin/absences`, { from: tuesday, to: tuesday, reason: 'krank' }, 201);

  await openBoard(page, boardPath(center, week), { axe: false });
  await page.getByRole('button', { name: 'Anwesenheit erfassen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anwesenheit erfassen' });
  await expect(dialog.getByRole('combobox', { name: 'Tag', exact: true })).toHaveValue(tuesday);
  const karin = dialog.getByRole('button', { name: 'Karin W. ist nicht gekommen' });
  await expect(karin).toHaveText('Nicht da (abwesend)');
  await expect(karin).toHaveAttribute('aria-pressed', 'true');
  // She came after all: the coordinator says so, and the record will count her.
  await karin.click();
  await expect(karin).toHaveAttribute('aria-pressed', 'false');
  await checkBothViewports(page, 'staffing-attendance', 'the attendance dialog');
});
