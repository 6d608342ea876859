import { closeCodes } from '@schichtbrett/domain';
import { expect, test, type WebSocketRoute } from './support/test';
import {
  boardPath,
  endSessionViaApi,
  expectNoAxeViolations,
  openBoard,
  publishWeek,
  shiftCard,
  signIn,
  signInToDemo,
  uniqueToken,
  weekFrom,
} from './support/board';

test('the connection state is visible, and edits made offline arrive after reconnecting', async ({ browser, page }) => {
  const center = await signInToDemo(page);
  const week = weekFrom(center.currentWeek, 5);
  await publishWeek(page, center, week);
  const area = center.areas[1] ?? center.areas[0];
  if (!area) throw new Error('the demo center needs areas');
  const note = uniqueToken('Offline');

  const sockets: WebSocketRoute[] = [];
  let reachable = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (!reachable) {
      socket.close({ code: closeCodes['internal-error'], reason: 'test: server unreachable' });
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  await openBoard(page, boardPath(center, week));
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveText('Verbunden');

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherName = await signIn(otherPage, 'teamLead');
  await openBoard(otherPage, boardPath(center, week));
  const presence = page.getByTestId('presence');
  await expect(presence).toContainText(otherName);

  reachable = false;
  await Promise.all(sockets.map((socket) => socket.close({ code: 1006, reason: 'test: connection lost' })));
  await expect(status).toHaveAttribute('data-status', 'offline');
  await expect(status).toContainText('Offline');
  await expect(presence).not.toContainText(otherName);

  // Work goes on offline.
  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(area.id);
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(shiftCard(page, note)).toBeVisible();

  await expect(shiftCard(otherPage, note)).toHaveCount(0);

  reachable = true;
  await expect(status).toHaveText('Verbunden', { timeout: 15_000 });
  await expect(shiftCard(otherPage, note)).toBeVisible();
  // The others are shown again at once, not only when they renew their presence (every 15 s).
  await expect(presence).toContainText(otherName, { timeout: 5_000 });
  await other.close();
});

test('a refusal by the server is shown in words, with a way to try again', async ({ page }) => {
  const center = await signInToDemo(page);
  let refuse = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (refuse) socket.close({ code: closeCodes['unknown-room'], reason: 'unknown room' });
    else socket.connectToServer();
  });
  await page.goto(boardPath(center, weekFrom(center.currentWeek, 5)));
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveText('Diesen Wochenplan gibt es auf dem Server nicht.');
  refuse = false;
  await page.getByRole('button', { name: 'Erneut verbinden' }).click();
  await expect(status).toHaveText('Verbunden');
});

test('after the server refused a change, the plan is loaded afresh and the page says so calmly', async ({ page }) => {
  const center = await signInToDemo(page);
  let connections = 0;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    connections += 1;
    // The first connection is refused once it is up; the fresh one after the reset gets through.
    const server = socket.connectToServer();
    if (connections === 1)
      setTimeout(() => socket.close({ code: closeCodes['update-refused'], reason: 'update-refused' }), 300);
    void server;
  });
  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 5)));
  await expect(page.getByTestId('sync-notice')).toHaveText(
    /Diese Änderung darfst du nicht machen; der Plan wurde neu geladen\./,
  );
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
  expect(connections).toBe(2);
  await expectNoAxeViolations(page, 'the board after a reset');
  await page.getByRole('button', { name: 'Verstanden' }).click();
  await expect(page.getByTestId('sync-notice')).toHaveCount(0);
});

test('when the server refuses again at once, the page offers to reload', async ({ page }) => {
  const center = await signInToDemo(page);
  let refuse = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (refuse) socket.close({ code: closeCodes['update-refused'], reason: 'update-refused' });
    else socket.connectToServer();
  });
  await page.goto(boardPath(center, weekFrom(center.currentWeek, 5)));
  await expect(page.getByTestId('connection-status')).toContainText('Der Server hat eine Änderung abgelehnt.');
  refuse = false;
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
});

test('signing out elsewhere closes the open board at once and leads to the login page (`unauthenticated`)', async ({
  page,
}) => {
  const center = await signInToDemo(page);
  const week = weekFrom(center.currentWeek, 5);
  await openBoard(page, boardPath(center, week));
  // The session ends elsewhere ("Abmelden" on another tab or device): the server closes the socket
  // opened with it, with `unauthenticated`, and the board sends the person to sign in again.
  await endSessionViaApi(page);
  await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(boardPath(center, week))}$`));
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
});

test('a session the browser lost leads to the login page on the next week link', async ({ page }) => {
  const center = await signInToDemo(page);
  const week = weekFrom(center.currentWeek, 5);
  await openBoard(page, boardPath(center, week));
  // The cookie is gone (e.g. cleared by the browser) while the socket stays open: the layout still
  // remembers the person, and the server answers the next page with 401.
  await page.context().clearCookies();
  await page.getByRole('link', { name: 'Nächste Woche' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fc%2Fdemo%2Fw%2F/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
});
