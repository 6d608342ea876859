/**
 * The `test` every spec imports: Playwright's, with each browser context on the suite's clock
 * (suite-clock.ts). Contexts made by the fixtures and by `browser.newContext()` in a spec alike.
 */
import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { suiteNow } from './suite-clock';

export { expect } from '@playwright/test';
export type { Page, Locator, BrowserContext, Browser, WebSocketRoute, APIRequestContext } from '@playwright/test';

const onSuiteClock = new WeakSet<Browser>();

/**
 * Makes every context this browser opens start its clock at the suite's "now" (the machine's, if the
 * suite runs on it); time then flows as usual, and a spec may pause or advance it (`page.clock`).
 */
function putContextsOnSuiteClock(browser: Browser): void {
  if (onSuiteClock.has(browser)) return;
  onSuiteClock.add(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...options: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
    const context = await newContext(...options);
    await context.clock.install({ time: suiteNow() });
    return context;
  };
}

export const test = base.extend<object, { browser: Browser }>({
  browser: [
    async ({ browser }, use) => {
      putContextsOnSuiteClock(browser);
      await use(browser);
    },
    { scope: 'worker' },
  ],
});
