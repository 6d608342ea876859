import { expect, test, type WebSocketRoute } from '@playwright/test';
import { boardPath, demoCenter, openBoard, shiftCard, uniqueToken, useGuestName, weekFrom } from './support/board';

test('the connection state is visible, and edits made offline arrive after reconnecting', async ({
  browser,
  page,
  request,
}) => {
  const center = await demoCenter(request);
  const week = weekFrom(center.currentWeek, 5);
  const area = center.areas[1] ?? center.areas[0];
  if (!area) throw new Error('the demo center needs areas');
  const note = uniqueToken('Offline');

  const sockets: WebSocketRoute[] = [];
  let reachable = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (!reachable) {
      socket.close({ code: 1011, reason: 'test: server unreachable' });
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
  await useGuestName(otherPage, 'Zweite Person');
  await openBoard(otherPage, boardPath(center, week));
  const presence = page.getByTestId('presence');
  await expect(presence).toContainText('Zweite Person');

  reachable = false;
  await Promise.all(sockets.map((socket) => socket.close({ code: 1006, reason: 'test: connection lost' })));
  await expect(status).toHaveAttribute('data-status', 'offline');
  await expect(status).toContainText('Offline');
  await expect(presence).not.toContainText('Zweite Person');

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
  await expect(presence).toContainText('Zweite Person', { timeout: 5_000 });
  await other.close();
});

test('a refusal by the server is shown in words, with a way to try again', async ({ page, request }) => {
  const center = await demoCenter(request);
  let refuse = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (refuse) socket.close({ code: 4404, reason: 'unknown room' });
    else socket.connectToServer();
  });
  await page.goto(boardPath(center, weekFrom(center.currentWeek, 5)));
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveText('Diesen Wochenplan gibt es auf dem Server nicht.');
  refuse = false;
  await page.getByRole('button', { name: 'Erneut verbinden' }).click();
  await expect(status).toHaveText('Verbunden');
});

test('after the server refused a change, the page offers to reload the valid state', async ({ page, request }) => {
  const center = await demoCenter(request);
  let refuse = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (refuse) socket.close({ code: 4422, reason: 'update-rejected' });
    else socket.connectToServer();
  });
  await page.goto(boardPath(center, weekFrom(center.currentWeek, 5)));
  await expect(page.getByTestId('connection-status')).toContainText('Der Server hat eine Änderung abgelehnt.');
  refuse = false;
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
});
