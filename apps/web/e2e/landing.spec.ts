/**
 * Every person lands where her work is (issue 13): a volunteer on her shifts, or on the open ones when
 * she has none ahead; a team lead on the gaps of the coming days, which say what week they show and
 * agree with their table; empty lists say why. Screenshots at 1280×800 and 390×844 with SCREENSHOT_DIR.
 */
import { expect, test, type Page } from './support/test';
import { formatIsoWeek, isoWeekOfDate, todayIn, type GapsView } from '@schichtbrett/domain';
import { DEMO_PASSWORD, expectNoAxeViolations, signIn, weekFrom } from './support/board';
import { SUITE_TIME_ZONE, suiteNow } from './support/suite-clock';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function signInWithForm(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  for (const [size, viewport] of [
    ['desktop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size}.png`, fullPage: true });
  }
}

/** How many of the person's own shifts ahead take place, as the server says. */
async function shiftsAheadOf(page: Page): Promise<number> {
  const body = (await (await page.request.get('/api/centers/demo/my-shifts')).json()) as {
    shifts: { cancelled: string | null }[];
  };
  return body.shifts.filter((shift) => shift.cancelled === null).length;
}

/** The first demo volunteer (Petra, then ehrenamt01 … 15) whose count of shifts ahead passes `wanted`. */
async function volunteerWith(page: Page, wanted: (count: number) => boolean): Promise<string> {
  const emails = [
    'ehrenamt@demo.test',
    ...Array.from({ length: 15 }, (_, i) => `ehrenamt${String(i + 1).padStart(2, '0')}@demo.test`),
  ] as `${string}@demo.test`[];
  for (const email of emails) {
    await signIn(page, email);
    if (wanted(await shiftsAheadOf(page))) return email;
  }
  throw new Error('no demo volunteer fits');
}

test('a volunteer with shifts ahead lands on "Meine Schichten", also from / and /c/demo', async ({ page }) => {
  const email = await volunteerWith(page, (count) => count > 0);
  await page.context().clearCookies();
  await signInWithForm(page, email);
  await expect(page).toHaveURL(/\/c\/demo\/meine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  await page.goto('/c/demo');
  await expect(page).toHaveURL(/\/c\/demo\/meine$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/c\/demo\/meine$/);
  await expectNoAxeViolations(page, '"Meine Schichten" after login');
});

test('a volunteer with nothing ahead lands on "Offene Schichten"', async ({ page }) => {
  const email = await volunteerWith(page, (count) => count === 0);
  await page.context().clearCookies();
  await signInWithForm(page, email);
  await expect(page).toHaveURL(/\/c\/demo\/offen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Schichten');
});

test('an empty "Offene Schichten" says why: still being planned, or all taken', async ({ page }) => {
  await signIn(page, 'volunteer');
  // The list's two empty states, whatever the shared demo week holds at this moment.
  let publishedAhead = false;
  await page.route('**/api/centers/demo/open-shifts', (route) =>
    route.fulfill({ json: { shifts: [], publishedAhead } }),
  );
  await page.goto('/c/demo/offen');
  await expect(page.getByRole('heading', { level: 2, name: 'Die nächste Woche wird noch geplant' })).toBeVisible();
  await expect(page.getByText('Gerade ist nichts offen')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Zu meinen Schichten' })).toBeVisible();
  await expectNoAxeViolations(page, 'an empty "Offene Schichten" before publishing');
  await shot(page, 'offen-unpublished');

  publishedAhead = true;
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Alle Plätze sind vergeben' })).toBeVisible();
});

test('a team lead lands on the gaps of the coming days in her areas, with week links', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await signInWithForm(page, 'bereichsleitung@demo.test');
  await expect(page).toHaveURL(/\/c\/demo\/w\/\d{4}-W\d{2}\/luecken$/);
  const centers = (await (await page.request.get('/api/centers')).json()) as { centers: { gapsWeek: string }[] };
  const week = centers.centers[0]?.gapsWeek ?? '';
  expect(page.url()).toContain(`/w/${week}/luecken`);

  // Says the week as people do, never "2026-W50".
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(new RegExp(`^Lücken\\s*KW ${Number(week.slice(6))} · \\d+\\.`));
  await expect(page.getByText(/\d{4}-W\d{2}/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Meine Bereiche' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Lücken' }).first()).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page, 'the gaps page a team lead lands on');
  await shot(page, 'gaps-landing');
  await page.setViewportSize(LAPTOP);

  await page.getByRole('link', { name: 'Nächste Woche' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${weekFrom(week, 1)}/luecken\\?areas=mine$`));
  await page.getByRole('link', { name: 'Vorige Woche' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${week}/luecken\\?areas=mine$`));
  await page.getByRole('link', { name: 'Vorige Woche' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${weekFrom(week, -1)}/luecken\\?areas=mine$`));
});

test('the gaps summary agrees with its table, on a week that is over and on one ahead', async ({ page }) => {
  await signIn(page, 'coordinator');
  const centers = (await (await page.request.get('/api/centers')).json()) as { centers: { gapsWeek: string }[] };
  const week = centers.centers[0]?.gapsWeek ?? '';
  for (const shown of [weekFrom(week, -1), week]) {
    await page.goto(`/c/demo/w/${shown}/luecken?areas=all`);
    const summary = page.getByTestId('gaps-summary');
    await expect(summary).not.toBeEmpty();
    const table = page.getByRole('table', { name: 'Besetzt von benötigt, je Tag und Bereich' });
    const short = await table.getByText(/^(teilweise besetzt|niemand eingetragen)$/).count();
    const text = (await summary.textContent()) ?? '';
    if (/^Keine Lücken|keine Schicht mehr vor uns/.test(text)) expect(short, `${shown}: ${text}`).toBe(0);
    if (short > 0) {
      await expect(summary).toHaveText(/brauch(t|en) noch/);
      await expect(page.getByRole('article').first()).toBeVisible();
    }
  }
  // The days of this week that are over show as past ("vorbei"), their count kept as the record; on the
  // suite's Wednesday that is Monday and Tuesday of the demo's week.
  const today = todayIn(suiteNow(), SUITE_TIME_ZONE);
  const thisWeek = formatIsoWeek(isoWeekOfDate(today));
  const answer = await page.request.get(`/api/centers/demo/weeks/${thisWeek}/gaps?areas=all`);
  const cells = answer.ok() ? ((await answer.json()) as GapsView).heatmap.flatMap((row) => row.cells) : [];
  const past = cells.filter((cell) => cell.level === 'past').length;
  // Every day before today with shifts, and today's cells whose shifts have all begun.
  expect(past).toBeGreaterThanOrEqual(cells.filter((cell) => cell.date < today && cell.needed > 0).length);
  if (answer.ok()) {
    await page.goto(`/c/demo/w/${thisWeek}/luecken?areas=all`);
    await expect(page.getByRole('table').getByText('vorbei', { exact: true })).toHaveCount(past);
  }
});

test('the header\'s "Lücken" opens the week with shifts ahead; "Wochenplan" the board', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  await signIn(page, 'coordinator');
  await page.goto('/c/demo/offen');
  const centers = (await (await page.request.get('/api/centers')).json()) as {
    centers: { gapsWeek: string; currentWeek: string }[];
  };
  const { gapsWeek = '', currentWeek = '' } = centers.centers[0] ?? {};
  await page.getByRole('navigation').getByRole('link', { name: 'Lücken' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${gapsWeek}/luecken$`));
  await page.getByRole('navigation').getByRole('link', { name: 'Wochenplan' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/demo/w/${currentWeek}$`));
});
