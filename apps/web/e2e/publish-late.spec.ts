/**
 * Publishing a week late (issue 13, ADR 29): when shifts with people begin sooner than the give-back
 * cut-off, the publish question says how many and that those people can no longer give them back. On a
 * demo server of this spec's own, since it takes the current week back into draft.
 */
import { expect, test } from './support/test';
import { demoCenter, expectNoAxeViolations, openBoard } from './support/board';
import { signInOnOwnServer, useOwnServer } from './support/own-server';

// Beside E2E_PORT, as the other specs with a server of their own.
const PORT = Number(process.env.E2E_LATE_PUBLISH_PORT ?? Number(process.env.E2E_PORT ?? 4317) + 111);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

useOwnServer({ port: PORT, seedDemo: true });

test('the publish question warns of shifts whose people could no longer give them back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInOnOwnServer(page, ORIGIN);
  const center = await demoCenter(page.request);
  // The suite's Wednesday 10:00: Thursday's and Friday's shifts with people are within 48 hours.
  const week = center.currentWeek;
  const unpublished = await page.request.post(`/api/centers/demo/weeks/${week}/unpublish`, {
    headers: { origin: ORIGIN },
  });
  expect(unpublished.status()).toBe(200);

  await openBoard(page, `/c/demo/w/${week}`, { axe: false });
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const question = page.getByRole('dialog', { name: /veröffentlichen\?$/ });
  await expect(question).toContainText(
    /Achtung: (1 Schicht beginnt|\d+ Schichten beginnen) in weniger als 48 Stunden\./,
  );
  await expect(question).toContainText('Die Eingetragenen können sie nicht mehr zurückgeben');
  await expectNoAxeViolations(page, 'the publish question with the warning');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/publish-late-question.png` });

  await question.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('week-status')).toHaveAttribute('data-status', 'published');
});
