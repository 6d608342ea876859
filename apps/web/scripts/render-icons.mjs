// Renders the app icons (static/icons/*.png) from the logo of the header, once, with Debian's Chromium:
// `node scripts/render-icons.mjs`. The PNGs are committed; run this again only when the logo changes.
import { chromium } from '@playwright/test';

const squares = `
  <rect x="6" y="7" width="8" height="8" rx="2" fill="#fff" />
  <rect x="18" y="7" width="8" height="8" rx="2" fill="#fff" opacity=".7" />
  <rect x="6" y="18" width="8" height="8" rx="2" fill="#fff" opacity=".7" />
  <rect x="18" y="18" width="8" height="8" rx="2" fill="#fff" />`;
// "any": the rounded tile as in the header. "maskable": a full square; the platform cuts its own shape, so
// the squares are scaled into the inner 60 % (the safe zone is a circle of 80 %).
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4e79" />${squares}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f4e79" /><g transform="translate(6.4 6.4) scale(0.6)">${squares}</g></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const [name, svg, size] of [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['icon-maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', maskable, 180],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(`../static/icons/${name}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
