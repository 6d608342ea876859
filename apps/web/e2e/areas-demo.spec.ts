/**
 * The areas page beyond issue 12 (issue 13, part A), on a demo server of this spec's own since it changes
 * who leads which area and their order: a coordinator sees the team leads of each area, adds one and takes
 * one off (the people command underneath), and drags an area to another place by its handle (the reorder
 * call the buttons use); each change survives a reload; axe on a laptop and a phone.
 */
import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations } from './support/board';
import { signInOnOwnServer, useOwnServer } from './support/own-server';

// Beside E2E_PORT, as the other specs with a server of their own.
const PORT = Number(process.env.E2E_AREA_LEADS_PORT ?? Number(process.env.E2E_PORT ?? 4317) + 112);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

useOwnServer({ port: PORT, seedDemo: true });

const signInAsCoordinator = (page: Page) => signInOnOwnServer(page, ORIGIN);

/** The card of an area in the list of active areas. */
function areaCard(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

function leadsOf(page: Page, name: string) {
  return areaCard(page, name).getByRole('region', { name: 'Bereichsleitung' });
}

test('a coordinator sees who leads each area, adds a team lead and takes one off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsCoordinator(page);
  await page.goto('/c/demo/bereiche');
  await expect(leadsOf(page, 'Café/Offener Treff').getByRole('listitem')).toHaveText(['Markus L. Entfernen']);
  await expect(leadsOf(page, 'Kinderbetreuung')).toContainText('Noch niemand leitet diesen Bereich.');
  await expectNoAxeViolations(page, 'the areas page with its team leads');

  const kinder = leadsOf(page, 'Kinderbetreuung');
  await kinder.getByLabel('Bereichsleitung für Kinderbetreuung hinzufügen').selectOption({ label: 'Markus L.' });
  await kinder
    .getByRole('button', { name: 'Ausgewählte Person als Bereichsleitung von Kinderbetreuung hinzufügen' })
    .click();
  await expect(kinder.getByRole('status')).toHaveText('Markus L. leitet jetzt auch Kinderbetreuung.');
  await expect(kinder.getByRole('listitem')).toHaveText(['Markus L. Entfernen']);

  await leadsOf(page, 'Café/Offener Treff')
    .getByRole('button', { name: 'Markus L. als Bereichsleitung von Café/Offener Treff entfernen' })
    .click();
  await expect(leadsOf(page, 'Café/Offener Treff').getByRole('status')).toHaveText(
    'Markus L. leitet Café/Offener Treff nicht mehr.',
  );

  await page.reload();
  await expect(leadsOf(page, 'Kinderbetreuung').getByRole('listitem')).toHaveText(['Markus L. Entfernen']);
  await expect(leadsOf(page, 'Café/Offener Treff')).toContainText('Noch niemand leitet diesen Bereich.');
  // One truth: the people page shows the same areas for Markus.
  const list = (await (await page.request.get('/api/centers/demo/people')).json()) as {
    people: { id: string; areaIds: string[] }[];
  };
  expect(list.people.find((person) => person.id === 'demo-markus')?.areaIds).toEqual([
    'demo-fruehstueck',
    'demo-kinder',
  ]);

  if (SCREENSHOTS) {
    await leadsOf(page, 'Frühstück').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/area-leads-desktop.png` });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, 'the areas page with its team leads on a phone');
  if (SCREENSHOTS) {
    await leadsOf(page, 'Frühstück').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/area-leads-phone.png` });
  }
});

/** The names of the active areas, top to bottom, once the list is there. */
async function areaOrder(page: Page): Promise<string[]> {
  await expect(page.getByTestId('drag-demo-cafe')).toBeAttached();
  return page.getByRole('region', { name: 'Eure Bereiche' }).locator('ol.areas > li h3').allTextContents();
}

test('a coordinator reorders the areas by dragging with the mouse; the order survives a reload', async ({ page }) => {
  // Tall enough that the first and the last area are both on screen while dragging.
  await page.setViewportSize({ width: 1280, height: 2600 });
  await signInAsCoordinator(page);
  await page.goto('/c/demo/bereiche');
  const before = await areaOrder(page);
  expect(before.slice(0, 2)).toEqual(['Café/Offener Treff', 'Frühstück']);
  expect(before.at(-1)).toBe('Hausaufgabenhilfe');

  // Drag the last area's handle onto the upper half of the second card: it lands in second place.
  const handle = page.getByTestId('drag-demo-hausaufgaben');
  const target = areaCard(page, 'Frühstück').first();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 40, to.y + 10, { steps: 12 });
  await expect(target).toHaveClass(/drop-before/);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/areas-drag-desktop.png` });
  await page.mouse.up();
  await expect(page.getByTestId('areas-notice')).toHaveText('Hausaufgabenhilfe steht jetzt an Stelle 2 von 7.');
  const expected = ['Café/Offener Treff', 'Hausaufgabenhilfe', ...before.slice(1, -1)];
  await expect.poll(() => areaOrder(page)).toEqual(expected);

  await page.reload();
  expect(await areaOrder(page)).toEqual(expected);
  await expectNoAxeViolations(page, 'the areas page after dragging');
});

test('on a phone, a finger drags an area by its handle to another place', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 2400 }, hasTouch: true });
  const page = await context.newPage();
  await signInAsCoordinator(page);
  await page.goto('/c/demo/bereiche');
  const before = await areaOrder(page);
  const moved = 'Mittagstisch';
  const handle = page.getByTestId('drag-demo-mittagstisch');
  const target = areaCard(page, before[0]!).first();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  // Real touch input through the browser: the page gets the pointer events a finger makes.
  const touch = await context.newCDPSession(page);
  const point = (x: number, y: number) => ({ touchPoints: [{ x, y }] });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', ...point(from.x + 20, from.y + 20) });
  for (let step = 1; step <= 10; step++) {
    const y = from.y + 20 + ((to.y + 10 - (from.y + 20)) * step) / 10;
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', ...point(from.x + 20, y) });
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(page.getByTestId('areas-notice')).toHaveText(`${moved} steht jetzt an Stelle 1 von 7.`);
  await page.reload();
  expect(await areaOrder(page)).toEqual([moved, ...before.filter((name) => name !== moved)]);
  await context.close();
});
