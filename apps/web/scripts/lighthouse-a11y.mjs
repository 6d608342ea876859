#!/usr/bin/env node
/**
 * Lighthouse's accessibility score of the pages people use most (issue 13): login, the coordinator's board and
 * the volunteer's pages. Runs against a server that is already up with the demo seed (SEED_DEMO=1), signs in
 * through the API and puts the session cookie into the browser's own jar (Playwright over CDP), so every request
 * of the page carries it, the service worker's and the event stream's too (Lighthouse's extraHeaders reach
 * neither). Not part of `pnpm test`: it needs a running server.
 *
 *   BASE_URL=http://127.0.0.1:3000 pnpm lighthouse:a11y
 *
 * Exits 1 when a page scores below 100 (or cannot be audited), listing what failed.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const password = process.env.DEMO_PASSWORD ?? 'schichtbrett';
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ACCOUNTS = { coordinator: 'koordination@demo.test', volunteer: 'ehrenamt@demo.test' };

/** Signs in as a demo account and returns its session cookie. */
async function sessionCookie(email) {
  const response = await fetch(new URL('/api/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl.origin },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${email}: HTTP ${response.status}`);
  const cookie = response.headers.getSetCookie().find((line) => line.includes('='));
  if (!cookie) throw new Error(`login as ${email}: no session cookie`);
  const [name, ...value] = cookie.split(';')[0].split('=');
  return { name, value: value.join('='), url: baseUrl.origin };
}

/** The demo center's slug and the week its board opens on. */
async function demoCenter(cookie) {
  const response = await fetch(new URL('/api/centers', baseUrl), {
    headers: { cookie: `${cookie.name}=${cookie.value}` },
  });
  const { centers } = await response.json();
  const center = centers.find((entry) => entry.slug === 'demo') ?? centers[0];
  if (!center) throw new Error('the server has no center; start it with SEED_DEMO=1');
  return center;
}

async function audit(port, path) {
  const result = await lighthouse(
    new URL(path, baseUrl).href,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility'],
      locale: 'de',
      // The session lives in the browser's cookie jar: Lighthouse must not clear it before each page.
      disableStorageReset: true,
    },
    {
      extends: 'lighthouse:default',
      settings: {
        onlyCategories: ['accessibility'],
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
      },
    },
  );
  // A lost session would audit the login page instead: a page that ended elsewhere counts as not audited.
  const landed = result ? new URL(result.lhr.finalDisplayedUrl).pathname : null;
  if (landed !== path) return { score: null, failed: [`landete auf ${landed ?? '–'}`] };
  const category = result?.lhr.categories.accessibility;
  const failed = Object.values(result?.lhr.audits ?? {})
    .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary')
    .map((entry) => entry.id);
  return { score: category?.score == null ? null : Math.round(category.score * 100), failed };
}

const coordinator = await sessionCookie(ACCOUNTS.coordinator);
const volunteer = await sessionCookie(ACCOUNTS.volunteer);
const center = await demoCenter(coordinator);
const pages = [
  { name: 'Anmeldung', path: '/login', cookie: null },
  { name: 'Wochenplan (Koordination)', path: `/c/${center.slug}/w/${center.currentWeek}`, cookie: coordinator },
  { name: 'Meine Schichten', path: `/c/${center.slug}/meine`, cookie: volunteer },
  { name: 'Offene Schichten', path: `/c/${center.slug}/offen`, cookie: volunteer },
  { name: 'Ich (Profil)', path: `/c/${center.slug}/ich`, cookie: volunteer },
];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--lang=de-DE'],
});
const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const jar = browser.contexts()[0];
let allFull = true;
try {
  for (const page of pages) {
    await jar.clearCookies();
    if (page.cookie) await jar.addCookies([page.cookie]);
    const { score, failed } = await audit(chrome.port, page.path);
    if (score !== 100) allFull = false;
    const detail = failed.length > 0 ? `  (nicht erfüllt: ${failed.join(', ')})` : '';
    console.log(`${String(score ?? '–').padStart(3)}  ${page.name}  ${page.path}${detail}`);
  }
} finally {
  await browser.close();
  await chrome.kill();
}
process.exitCode = allFull ? 0 : 1;
