/** Shared steps of the board tests: finding the demo week, opening the board, axe checks. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { addIsoWeeks, formatIsoWeek, parseIsoWeek } from '@schichtbrett/domain';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface DemoCenter {
  slug: string;
  name: string;
  currentWeek: string;
  people: { id: string; displayName: string }[];
  areas: { id: string; name: string }[];
}

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

/** Gives the browser a known guest name before any page script runs. */
export async function useGuestName(page: Page, name: string, color = '#1e40af'): Promise<void> {
  await page.addInitScript(
    ([guestName, guestColor]) => {
      localStorage.setItem('schichtbrett.guest', JSON.stringify({ name: guestName, color: guestColor }));
    },
    [name, color] as const,
  );
}

/** Opens a week, waits until the server's state has arrived, and checks the page with axe. */
export async function openBoard(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByText(/Der Wochenplan wird geladen|Loading the week plan/)).toHaveCount(0);
  await expectNoAxeViolations(page, path);
}

export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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

export function uniqueToken(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}
