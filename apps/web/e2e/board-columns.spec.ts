/**
 * A center open five, six or seven days (issue 12/13): on a 1280 and a 1366 px laptop every column stays
 * readable, no text on a card (name, warning, note) is cut inside a word and the card's buttons stay on the card. On a demo server
 * of this spec's own, since it changes the opening days. Screenshots go to the test output for a look.
 */
import { expect, test, type Page } from './support/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, openBoard } from './support/board';
import { useOwnServer } from './support/own-server';

const PORT = Number(process.env.E2E_SETUP_PORT ?? Number(process.env.E2E_PORT ?? 4317) + 1);
const ORIGIN = `http://127.0.0.1:${PORT}`;

useOwnServer({ port: PORT, seedDemo: true });

async function openOn(page: Page, openingDays: number[]): Promise<void> {
  const login = await page.request.post('/api/auth/login', {
    data: { email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD },
    headers: { origin: ORIGIN },
  });
  expect(login.status()).toBe(200);
  const settings = (await (await page.request.get('/api/centers/demo/settings')).json()) as Record<string, unknown>;
  const saved = await page.request.put('/api/centers/demo/settings', {
    data: { ...settings, openingDays },
    headers: { origin: ORIGIN },
  });
  expect(saved.status()).toBe(200);
  await openBoard(page, '/c/demo', { axe: false });
}

/** Names whose text is wider than their box, and card buttons whose text spills or that reach past their card. */
async function spills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('article[data-shift-id]')) {
      const edge = card.getBoundingClientRect().right;
      for (const button of card.querySelectorAll<HTMLElement>('.actions button'))
        if (button.getBoundingClientRect().right > edge + 0.5 || button.scrollWidth > button.clientWidth + 0.5)
          found.push(`button ${button.innerText}`);
      for (const name of card.querySelectorAll<HTMLElement>('.people .name')) {
        if (name.scrollWidth > name.clientWidth + 0.5) found.push(`name ${name.innerText}`);
        // A name on two lines must break between its words ("Fatima" / "H."), never inside one.
        const words = name.innerText.split(/\s+/).length;
        const lines = Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight));
        if (lines > words) found.push(`name broken inside a word: ${name.innerText}`);
      }
    }
    return found;
  });
}

/**
 * Words of a card's visible text that the layout split across two lines ("Hygienebeleh|rung"): each run of
 * letters between spaces, hyphens and slashes is measured with Range.getClientRects, whose boxes sit on
 * different lines when the word was broken. Screen-reader-only text is left out: it is never laid out to read.
 */
async function wordsBrokenOnCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('article[data-shift-id]')) {
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const word of (node.textContent ?? '').matchAll(/[^\s\-/‐–]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`${word[0]} in „${node.textContent?.trim()}“`);
        }
      }
    }
    return found;
  });
}

for (const days of [5, 7]) {
  for (const width of [1280, 1366]) {
    test(`${days} opening days at ${width} px: names and buttons fit their cards`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openOn(page, [1, 2, 3, 4, 5, 6, 7].slice(0, days));
      // At least those days: a closed day this week's shifts fall on still shows, marked as such.
      await expect(page.locator('.day-head').nth(days - 1)).toBeVisible();
      await page.getByRole('button', { name: 'Personen ausblenden' }).click();
      await page.mouse.wheel(0, 300);
      await page.screenshot({ path: test.info().outputPath(`board-${days}-days-${width}.png`) });
      expect(await spills(page)).toEqual([]);
      expect(await page.locator('article[data-shift-id] .warnings li').count()).toBeGreaterThan(0);
      expect(await wordsBrokenOnCards(page)).toEqual([]);
    });
  }
}
