/**
 * Finalizing a week (issue 6): a coordinator records attendance (a no-show, a stand-in), finalizes the
 * week, and the board is read-only for everyone, a second coordinator's open board included; reopening
 * asks for a reason. Uses the week five weeks back, which no other spec touches, planned from the
 * template and published through the API first.
 */
import { expect, test, type Page } from './support/test';
import { boardPath, demoCenter, expectNoAxeViolations, openBoard, signIn, weekFrom } from './support/board';

async function post(page: Page, path: string, data: unknown): Promise<void> {
  const origin = new URL(page.url() === 'about:blank' ? (test.info().project.use.baseURL ?? '') : page.url()).origin;
  const response = await page.request.post(path, { data, headers: { origin } });
  expect(response.status(), path).toBe(200);
}

test('a coordinator records attendance, finalizes the week (read-only for everyone) and reopens it', async ({
  browser,
}) => {
  // Two boards, three dialogs and axe on each step: more than the default budget on a shared machine.
  test.slow();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'coordinator');
  await signIn(second, 'coordinator');
  const center = await demoCenter(first.request);
  const week = weekFrom(center.currentWeek, -5);
  await post(first, `/api/centers/${center.slug}/weeks/${week}/plan`, { source: 'template' });
  await post(first, `/api/centers/${center.slug}/weeks/${week}/publish`, {});
  const path = boardPath(center, week);
  await openBoard(first, path);
  await openBoard(second, path);

  // Attendance: the first staffed shift of Monday gets a no-show and a stand-in.
  await first.getByRole('button', { name: 'Anwesenheit erfassen' }).click();
  const dialog = first.getByRole('dialog', { name: 'Anwesenheit erfassen' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ index: 0 });
  const staffed = dialog
    .getByTestId('attendance-shift')
    .filter({ has: first.getByRole('button', { name: /ist nicht gekommen/ }) })
    .first();
  const noShow = staffed.getByRole('button', { name: /ist nicht gekommen/ }).first();
  await noShow.click();
  await expect(noShow).toHaveAttribute('aria-pressed', 'true');
  const picker = staffed.getByLabel(/Eingesprungen bei/);
  const standIn = (await picker.locator('option').nth(1).textContent())?.trim() ?? '';
  expect(standIn).not.toBe('');
  await picker.selectOption({ label: standIn });
  await staffed.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(staffed.getByRole('button', { name: `${standIn} als eingesprungen entfernen` })).toBeVisible();
  await expectNoAxeViolations(first, 'the attendance dialog');
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(dialog).toHaveCount(0);

  // Finalizing says what happens, then the board is read-only on both screens.
  await first.getByRole('button', { name: 'Woche abschließen' }).click();
  const confirm = first.getByRole('dialog', { name: /abschließen\?/ });
  await expect(confirm).toContainText('Nachweis');
  await confirm.getByRole('button', { name: 'Ja, abschließen' }).click();
  await expect(confirm).toHaveCount(0);
  for (const page of [first, second]) {
    await expect(page.getByTestId('finalized-banner')).toContainText(/Abgeschlossen am .+ von /);
    await expect(page.getByTestId('week-status')).toHaveAttribute('data-status', 'finalized');
    await expect(page.getByRole('button', { name: 'Neue Schicht' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Anwesenheit erfassen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Personen einblenden' })).toHaveCount(0);
  }
  await expectNoAxeViolations(second, 'the finalized board');

  // Reopening needs a reason; then the week is open again everywhere.
  await second.getByRole('button', { name: 'Wieder öffnen' }).click();
  const reopen = second.getByRole('dialog', { name: /wieder öffnen\?/ });
  await reopen.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(reopen.getByText('Bitte gib einen Grund an.')).toBeVisible();
  await expectNoAxeViolations(second, 'the reopen dialog');
  await reopen.getByLabel('Grund').fill('Stunden fehlten');
  await reopen.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(reopen).toHaveCount(0);
  for (const page of [first, second]) {
    await expect(page.getByTestId('week-status')).toHaveAttribute('data-status', 'published');
    await expect(page.getByTestId('finalized-banner')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Anwesenheit erfassen' })).toBeVisible();
  }
});
