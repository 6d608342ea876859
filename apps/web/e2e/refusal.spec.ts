/**
 * The server refuses an update that touches a shift the sender may not change (close code `update-refused`); the
 * client then throws its copy away, loads the room afresh and says so calmly (docs/sync-protocol.md).
 * A team lead's offline edit to a café shift that the coordinator meanwhile moved to childcare is
 * such an update, and needs nothing but the UI to make.
 */
import { closeCodes } from '@schichtbrett/domain';
import { expect, test, type WebSocketRoute } from './support/test';
import {
  addShift,
  boardPath,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  shiftCard,
  signIn,
  signInToDemo,
  uniqueToken,
  weekFrom,
} from './support/board';

test('a team lead’s refused change is undone, the plan reloads and the page says so calmly', async ({ browser }) => {
  const coordination = await browser.newContext();
  const coordinatorPage = await coordination.newPage();
  const center = await signInToDemo(coordinatorPage, 'coordinator');
  const week = weekFrom(center.currentWeek, 9);
  await publishWeek(coordinatorPage, center, week);
  const note = uniqueToken('Verschoben');
  await openBoard(coordinatorPage, boardPath(center, week));
  await addShift(coordinatorPage, 'demo-cafe', note);

  const teamLead = await browser.newContext();
  const leadPage = await teamLead.newPage();
  await signIn(leadPage, 'teamLead');
  const sockets: WebSocketRoute[] = [];
  let reachable = true;
  await leadPage.routeWebSocket(/\/sync\//, (socket) => {
    if (!reachable) {
      socket.close({ code: closeCodes['internal-error'], reason: 'test: server unreachable' });
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  await openBoard(leadPage, boardPath(center, week));
  const leadCard = shiftCard(leadPage, note);
  await expect(leadCard.getByRole('button', { name: /^Schicht bearbeiten/ })).toBeVisible();

  // The team lead goes offline and needs four people on the café shift.
  reachable = false;
  await Promise.all(sockets.map((socket) => socket.close({ code: 1006, reason: 'test: connection lost' })));
  await expect(leadPage.getByTestId('connection-status')).toHaveAttribute('data-status', 'offline');
  await leadCard.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const leadEdit = leadPage.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await leadEdit.getByLabel('Wie viele Personen werden gebraucht?').fill('4');
  await leadEdit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(leadCard).toContainText('Noch niemand – 4 fehlen');

  // Meanwhile the coordinator moves the shift to childcare, which the team lead does not lead.
  const coordinatorCard = shiftCard(coordinatorPage, note);
  await coordinatorCard.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = coordinatorPage.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Bereich').selectOption('demo-kinder');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(edit).toHaveCount(0);

  // Back online, the server refuses the team lead's change: the page reloads the plan and says why.
  reachable = true;
  const notice = leadPage.getByTestId('sync-notice');
  await expect(notice).toContainText('Diese Änderung darfst du nicht machen; der Plan wurde neu geladen.', {
    timeout: 20_000,
  });
  await expect(leadPage.getByTestId('connection-status')).toHaveText('Verbunden');
  await expect(leadCard).toContainText('Noch niemand – 2 fehlen');
  await expect(leadCard.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(leadPage, 'the board after a refused change');
  await expect(coordinatorCard).toContainText('Noch niemand – 2 fehlen');

  await leadPage.getByRole('button', { name: 'Verstanden' }).click();
  await expect(notice).toHaveCount(0);
  await teamLead.close();
  await coordination.close();
});

test('a shift that leaves the team lead’s areas while the dialog is open is not saved', async ({ browser }) => {
  const coordination = await browser.newContext();
  const coordinatorPage = await coordination.newPage();
  const center = await signInToDemo(coordinatorPage, 'coordinator');
  const week = weekFrom(center.currentWeek, 10);
  await publishWeek(coordinatorPage, center, week);
  const note = uniqueToken('Weg');
  await openBoard(coordinatorPage, boardPath(center, week));
  await addShift(coordinatorPage, 'demo-cafe', note);

  const teamLead = await browser.newContext();
  const leadPage = await teamLead.newPage();
  await signIn(leadPage, 'teamLead');
  await openBoard(leadPage, boardPath(center, week));
  await shiftCard(leadPage, note)
    .getByRole('button', { name: /^Schicht bearbeiten/ })
    .click();
  const leadEdit = leadPage.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await leadEdit.getByLabel('Wie viele Personen werden gebraucht?').fill('4');

  const coordinatorCard = shiftCard(coordinatorPage, note);
  await coordinatorCard.getByRole('button', { name: /^Schicht bearbeiten/ }).click();
  const edit = coordinatorPage.getByRole('dialog', { name: 'Schicht bearbeiten' });
  await edit.getByLabel('Bereich').selectOption('demo-kinder');
  await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(shiftCard(leadPage, note).getByRole('button')).toHaveCount(0);

  await leadEdit.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(leadEdit.getByRole('alert')).toContainText('Diese Schicht gehört jetzt zu einem Bereich');
  await expectNoAxeViolations(leadPage, 'the locked edit dialog');
  await leadEdit.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(shiftCard(leadPage, note)).toContainText('Noch niemand – 2 fehlen');
  await expect(leadPage.getByTestId('sync-notice')).toHaveCount(0);
  await teamLead.close();
  await coordination.close();
});
