/** Shared steps of the board tests: signing in, finding the demo week, opening the board, axe checks. */
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { addIsoWeeks, formatIsoWeek, parseIsoWeek } from '@schichtbrett/domain';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface DemoCenter {
  slug: string;
  name: string;
  currentWeek: string;
  people: { id: string; displayName: string }[];
  areas: { id: string; name: string }[];
}

/** The demo accounts (apps/server seed); all share the demo password. */
export const DEMO_ACCOUNTS = {
  coordinator: 'koordination@demo.test',
  teamLead: 'bereichsleitung@demo.test',
  volunteer: 'ehrenamt@demo.test',
} as const;
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'schichtbrett';
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** The server's origin; state-changing requests must name it (CSRF check), as a browser's fetch does. */
function baseOrigin(): string {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('the Playwright config sets no baseURL');
  return new URL(baseURL).origin;
}

/**
 * Signs the page's browser context in through the API (the session cookie lands in the context) and
 * returns the display name the server knows the person by.
 */
export async function signIn(page: Page, who: DemoRole | `${string}@demo.test` = 'coordinator'): Promise<string> {
  const email = who in DEMO_ACCOUNTS ? DEMO_ACCOUNTS[who as DemoRole] : who;
  const response = await page.request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { origin: baseOrigin() },
  });
  expect(response.status(), `login as ${email}`).toBe(200);
  const body = (await response.json()) as { memberships: { center: string; displayName: string }[] };
  return body.memberships.find((entry) => entry.center === 'demo')?.displayName ?? email;
}

/** Ends the context's session on the server, as signing out on another device would. */
export async function endSessionViaApi(page: Page): Promise<void> {
  const response = await page.request.post('/api/auth/logout', { headers: { origin: baseOrigin() } });
  expect(response.status()).toBeLessThan(300);
}

/**
 * Publishes a week through the API, so team leads and volunteers may open it (new weeks are drafts);
 * `page` must be signed in as a coordinator.
 */
export async function publishWeek(page: Page, center: DemoCenter, week: string): Promise<void> {
  const response = await page.request.post(`/api/centers/${center.slug}/weeks/${week}/publish`, {
    headers: { origin: baseOrigin() },
  });
  expect(response.status(), `publish ${week}`).toBe(200);
}

/** Signs in as the coordinator and returns the demo center as that person sees it. */
export async function signInToDemo(page: Page, role: DemoRole = 'coordinator'): Promise<DemoCenter> {
  await signIn(page, role);
  return demoCenter(page.request);
}

/** The demo center through a request context that is signed in (e.g. `page.request` after `signIn`). */
export async function demoCenter(request: APIRequestContext): Promise<DemoCenter> {
  const list = (await (await request.get('/api/centers')).json()) as {
    centers: { slug: string; name: string; currentWeek: string }[];
  };
  const center = list.centers.find((entry) => entry.slug === 'demo') ?? list.centers[0];
  if (!center) throw new Error('the test server has no center; is SEED_DEMO=1 set?');
  const details = (await (await request.get(`/api/centers/${center.slug}`)).json()) as {
    people: { id: string; displayName: string }[];
    areas: { id: string; name: string }[];
  };
  return { ...center, people: details.people, areas: details.areas };
}

/** The week `offset` weeks after the demo's current week; tests that edit use a week of their own. */
export function weekFrom(week: string, offset: number): string {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`not an ISO week: ${week}`);
  return formatIsoWeek(addIsoWeeks(parsed, offset));
}

export function boardPath(center: DemoCenter, week: string): string {
  return `/c/${center.slug}/w/${week}`;
}

/**
 * Opens a week, waits until the server's state has arrived, and checks the page with axe. A spec that
 * opens the same board a second time (another person, a reload) skips axe: it has seen that page.
 */
export async function openBoard(page: Page, path: string, options: { axe?: boolean } = {}): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByText(/Der Wochenplan wird geladen|Loading the week plan/)).toHaveCount(0);
  if (options.axe ?? true) await expectNoAxeViolations(page, path);
}

/**
 * axe-core on the page as it is now. Legacy mode runs axe in the page itself: the default mode finishes
 * each run in a new blank tab of the context, which costs seconds on a busy machine and a tab the
 * offline specs do not want. Our pages have no cross-origin frames, which is all that mode adds.
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(summary, `axe violations${context ? ` on ${context}` : ''}`).toEqual([]);
}

/** The card of a shift, found by a unique text on it (its note). */
export function shiftCard(page: Page, text: string): Locator {
  return page.locator('article[data-shift-id]').filter({ hasText: text });
}

/** Adds a shift through the board's own dialog, with a note that finds its card again. */
export async function addShift(page: Page, areaId: string, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(areaId);
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
  await expect(shiftCard(page, note)).toBeVisible();
}

export function uniqueToken(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/**
 * A coordinator on a desktop browser with the week `offset` weeks ahead published (planned from the
 * template first, if asked) and open on the board.
 */
export async function coordinatorOnPublishedWeek(
  browser: Browser,
  offset: number,
  options: { fromTemplate?: boolean } = {},
): Promise<{ context: BrowserContext; board: Page; center: DemoCenter; week: string }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const board = await context.newPage();
  await signIn(board, 'coordinator');
  const center = await demoCenter(board.request);
  const week = weekFrom(center.currentWeek, offset);
  if (options.fromTemplate) {
    const planned = await board.request.post(`/api/centers/${center.slug}/weeks/${week}/plan`, {
      data: { source: 'template' },
      headers: { origin: baseOrigin() },
    });
    expect(planned.status(), `plan ${week}`).toBe(200);
  }
  await publishWeek(board, center, week);
  await openBoard(board, boardPath(center, week));
  return { context, board, center, week };
}

/**
 * axe at a phone's size (390×844) and a laptop's (1280×800), with a full-page screenshot of each into
 * `SCREENSHOT_DIR` when it is set (`<name>-phone.png`, `<name>-desktop.png`). Ends at the laptop's size.
 */
export async function checkBothViewports(page: Page, name: string, what: string): Promise<void> {
  const directory = process.env.SCREENSHOT_DIR;
  for (const [label, size] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${what} at ${label}`);
    if (directory) await page.screenshot({ path: `${directory}/${name}-${label}.png`, fullPage: true });
  }
}

/**
 * Brings the keyboard to a card as a person would on a freshly loaded board: the skip link, the board's
 * "Springe zu" link of the card's day, then the arrow keys down that day. Returns the key presses used.
 */
export async function keyboardToCard(page: Page, card: Locator, limit = 40): Promise<number> {
  const shiftId = await card.getAttribute('data-shift-id');
  const day = await card.evaluate((element) => element.closest<HTMLElement>('[data-day]')?.dataset.day ?? '');
  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    if (presses > limit) throw new Error(`the card was not reached in ${limit} key presses`);
    await page.keyboard.press(key);
  };
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { href: element?.getAttribute('href') ?? '', shiftId: element?.dataset.shiftId ?? '' };
    });
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
  await press('Enter');
  do {
    await press('Tab');
  } while ((await focused()).href !== `#day-${day}`);
  await press('Enter');
  while ((await focused()).shiftId !== shiftId) await press('ArrowDown');
  return presses;
}
