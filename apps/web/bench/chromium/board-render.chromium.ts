/**
 * The board's render cost in a real browser (issue 4: "a week of 150 shifts renders in under 100 ms, and
 * a remote change to one shift re-renders only that shift's card"). A benchmark, run by `pnpm bench`
 * after `pnpm build`, never by `pnpm test`: it prints figures and asserts only what is not timing (that
 * the board shows 150 cards and that a remote change touches one card's DOM).
 *
 * Setup: the built server on a free port with the demo seed and a temporary data folder; a Node Yjs
 * client signed in as the coordinator writes 150 shifts into a far week. Each run opens the week in a
 * fresh Chromium context and reads the app's own performance measure (WeekBoard marks the read of
 * changed shifts, BoardView measures when the DOM is updated), then changes one shift from Node and
 * records which cards' DOM changed (MutationObserver) and how long that render took.
 */
import { chromium, type Browser } from '@playwright/test';
import {
  addShift,
  assignPerson,
  formatRoomName,
  parseIsoWeek,
  updateShift,
  datesOfIsoWeek,
} from '@schichtbrett/domain';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const ROOT = join(import.meta.dirname, '../../../..');
const SERVER = join(ROOT, 'apps/server/dist/main.js');
const PORT = Number(process.env.BENCH_PORT ?? 4419);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 8);
const SHIFTS = 150;
const AREAS = ['demo-cafe', 'demo-fruehstueck', 'demo-mittagstisch', 'demo-kinder', 'demo-waesche'];
const PEOPLE = ['demo-anna', 'demo-ben', 'demo-clara', 'demo-dieter', 'demo-emma', 'demo-frank'];
const MEASURE = 'schichtbrett:board-render';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let writer: { doc: Y.Doc; provider: WebsocketProvider } | undefined;
let cookie = '';
let week = '';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function farWeek(): string {
  const year = new Date().getFullYear() + 1;
  return `${year}-W20`;
}

beforeAll(async () => {
  if (!existsSync(SERVER)) throw new Error('run `pnpm build` first: the benchmark serves the production build');
  server = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      ORIGIN,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'schichtbrett-bench-')),
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      WEB_BUILD_DIR: join(ROOT, 'apps/web/build'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor('the server', async () =>
    (await fetch(`${ORIGIN}/api/health`).catch(() => null))?.ok ? true : undefined,
  );
  const login = await fetch(`${ORIGIN}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email: 'koordination@demo.test', password: 'schichtbrett' }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^schichtbrett_session=/);

  week = farWeek();
  const isoWeek = parseIsoWeek(week);
  if (!isoWeek) throw new Error(`bad week ${week}`);
  const doc = new Y.Doc();
  const sessionCookie = cookie;
  class SignedInSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: sessionCookie, origin: ORIGIN } });
    }
  }
  const provider = new WebsocketProvider(
    `ws://127.0.0.1:${PORT}/sync`,
    formatRoomName({ kind: 'week', center: 'demo', week: isoWeek }),
    doc,
    {
      WebSocketPolyfill: SignedInSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  writer = { doc, provider };
  await waitFor('the writer to sync', () => (provider.synced ? true : undefined));
  const dates = datesOfIsoWeek(isoWeek).slice(0, 6);
  doc.transact(() => {
    for (let i = 0; i < SHIFTS; i++) {
      const id = `bench-${i}`;
      const hour = 8 + (i % 5) * 2;
      addShift(
        doc,
        id,
        {
          areaId: AREAS[i % AREAS.length] ?? 'demo-cafe',
          date: dates[i % dates.length] ?? dates[0] ?? '',
          start: `${String(hour).padStart(2, '0')}:00`,
          end: `${String(hour + 2).padStart(2, '0')}:00`,
          needed: 2,
          notes: '',
        },
        'bench',
      );
      for (let p = 0; p < i % 3; p++) assignPerson(doc, id, PEOPLE[(i + p) % PEOPLE.length] ?? 'demo-anna', p, 'bench');
    }
  }, 'bench');
  // Published, so the page renders it like any week; the meta write is the coordinator's right.
  doc.getMap('meta').set('status', 'published');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  writer?.provider.destroy();
  await browser?.close();
  server?.kill('SIGTERM');
});

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${at(0).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`;
}

it(`renders a week of ${SHIFTS} shifts, and re-renders one card on a remote change`, async () => {
  if (!browser || !writer) throw new Error('setup failed');
  const initial: number[] = [];
  const remote: number[] = [];
  const touched: string[][] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    await context.addCookies([{ name: 'schichtbrett_session', value: cookie.split('=')[1] ?? '', url: ORIGIN }]);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/c/demo/w/${week}`);
    await page
      .locator('[data-shift-id]')
      .nth(SHIFTS - 1)
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-shift-id]').count()).toBe(SHIFTS);
    initial.push(
      await page.evaluate((name) => Math.max(...performance.getEntriesByName(name).map((e) => e.duration)), MEASURE),
    );

    await page.evaluate(() => {
      const changed = new Set<string>();
      (window as unknown as { __touched: Set<string> }).__touched = changed;
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const card = node?.closest('[data-shift-id]');
          changed.add(card?.getAttribute('data-shift-id') ?? '(outside cards)');
        }
      }).observe(document.querySelector('.board') ?? document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      performance.clearMeasures();
    });
    const needed = 3 + (run % 5);
    updateShift(writer.doc, 'bench-42', { needed }, 'bench');
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE);
    await page.waitForTimeout(200);
    remote.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN, MEASURE));
    touched.push(await page.evaluate(() => [...(window as unknown as { __touched: Set<string> }).__touched].sort()));
    await context.close();
  }
  const cardsTouched = [...new Set(touched.flat())];
  console.log(
    [
      `board render in Chromium, ${RUNS} runs (production build, 1280×800):`,
      `  first render of ${SHIFTS} shifts: ${summary(initial)}`,
      `  remote change to one shift:      ${summary(remote)}`,
      `  ratio first render / one change: ${(median(initial) / median(remote)).toFixed(0)}×`,
      `  DOM changed inside: ${cardsTouched.join(', ')}`,
    ].join('\n'),
  );
  expect(cardsTouched).toEqual(['bench-42']);
}, 600_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
