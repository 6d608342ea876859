/**
 * A fresh demo already has a finalized past week (issue 13, part A), so a coordinator trying the demo
 * finds hours in the Stundenbericht and entries in that week's Verlauf. Reads only: the shared server.
 */
import { datesOfIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import { expect, test } from './support/test';
import { demoCenter, expectNoAxeViolations, signIn, weekFrom } from './support/board';

const SCREENSHOTS = process.env.SCREENSHOT_DIR;

test('the demo’s last week is finalized: hours in the report, the coordinator’s steps in the Verlauf', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  // The suite's Wednesday: the board shows the calendar's week, so the week before is the finalized one.
  const week = weekFrom(center.currentWeek, -1);
  const dates = datesOfIsoWeek(parseIsoWeek(week)!);
  const [from, to] = [dates[0]!.slice(0, 7), dates[6]!.slice(0, 7)];

  await page.goto(`/c/${center.slug}/bericht?from=${from}&to=${to}`);
  await expect(page.getByTestId('report-empty')).toHaveCount(0);
  await expect(page.getByTestId('report-total-hours')).not.toHaveText(/^0,0$/);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/demo-report-desktop.png`, fullPage: true });

  await page.goto(`/c/${center.slug}/w/${week}/verlauf`);
  await expect(page.getByText(/Sabine K\./).first()).toBeVisible();
  await expect(page.getByText(/abgeschlossen/i).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the Verlauf of the finalized demo week');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/demo-verlauf-desktop.png`, fullPage: true });
});
