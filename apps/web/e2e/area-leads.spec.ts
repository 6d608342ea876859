/**
 * The areas page beyond issue 12 (issue 13, part A), on a demo server of this spec's own since it changes
 * who leads which area: a coordinator sees the team leads of each area, adds one and takes one off (the
 * people command underneath), and the change survives a reload; axe on a laptop and a phone.
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
