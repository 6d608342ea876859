/**
 * Offline editing (issue 4): two coordinators on one week, one of them loses the network, both keep
 * editing, and after reconnecting both boards show the same plan. The status says how many changes
 * wait to be sent, in words.
 */
import { closeCodes } from '@schichtbrett/domain';
import { expect, test, type Page, type WebSocketRoute } from './support/test';
import {
  boardPath,
  demoCenter,
  expectNoAxeViolations,
  openBoard,
  shiftCard,
  signIn,
  uniqueToken,
  weekFrom,
} from './support/board';

/** Adds a café shift for two people through the board's dialog; its note finds the card again. */
async function addShiftForTwo(page: Page, areaId: string, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Neue Schicht' }).click();
  const form = page.getByRole('dialog', { name: 'Neue Schicht' });
  await form.getByLabel('Bereich').selectOption(areaId);
  await form.getByLabel('Wie viele Personen werden gebraucht?').fill('2');
  await form.getByLabel('Hinweis (freiwillig)').fill(note);
  await form.getByRole('button', { name: 'Schicht anlegen' }).click();
  await expect(form).toHaveCount(0);
  await expect(shiftCard(page, note)).toBeVisible();
}

async function assign(page: Page, note: string, name: string): Promise<void> {
  await shiftCard(page, note)
    .getByRole('button', { name: /^Person eintragen/ })
    .click();
  const picker = page.getByRole('dialog', { name: 'Person eintragen' });
  await picker.getByLabel('Name suchen').fill(name);
  await picker.getByRole('button', { name, exact: false }).first().click();
  await expect(picker.getByText(`${name} ist jetzt eingetragen.`)).toBeVisible();
  await picker.getByRole('button', { name: 'Fertig' }).click();
  await expect(picker).toHaveCount(0);
}

test('two coordinators edit one week while one is offline; after reconnecting both see the same plan', async ({
  browser,
}) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await signIn(pageA, 'coordinator');
  await signIn(pageB, 'coordinator');
  const center = await demoCenter(pageA.request);
  const week = weekFrom(center.currentWeek, 11);
  const [first, second] = center.people;
  const area = center.areas.find((entry) => entry.id === 'demo-cafe') ?? center.areas[0];
  if (!first || !second || !area) throw new Error('the demo center needs two people and an area');
  const shared = uniqueToken('Gemeinsam');
  const offlineNote = uniqueToken('OhneNetz');
  const onlineNote = uniqueToken('MitNetz');

  // axe has seen this board elsewhere (the next test, offline too): here only the merge counts.
  await openBoard(pageA, boardPath(center, week), { axe: false });
  await openBoard(pageB, boardPath(center, week), { axe: false });
  await addShiftForTwo(pageA, area.id, shared);
  await expect(shiftCard(pageB, shared)).toBeVisible();

  const statusA = pageA.getByTestId('connection-status');
  await expect(statusA).toHaveText('Verbunden');

  // A loses the network and keeps working.
  await contextA.setOffline(true);
  await expect(statusA).toHaveAttribute('data-shown', 'offline');
  await addShiftForTwo(pageA, area.id, offlineNote);
  await assign(pageA, shared, first.displayName);
  await expect(statusA).toHaveAttribute('data-unsent', '2');

  // B edits the same week meanwhile, the same shift included; A cannot see it yet, nor B A's edits.
  await addShiftForTwo(pageB, area.id, onlineNote);
  await assign(pageB, shared, second.displayName);
  await expect(shiftCard(pageA, onlineNote)).toHaveCount(0);
  await expect(shiftCard(pageB, offlineNote)).toHaveCount(0);

  // Back online: A's waiting edits go out, B's come in, and both boards agree.
  await contextA.setOffline(false);
  await expect(statusA).toHaveText('Verbunden', { timeout: 15_000 });
  await expect(statusA).toHaveAttribute('data-unsent', '0');
  for (const page of [pageA, pageB]) {
    await expect(shiftCard(page, offlineNote)).toBeVisible();
    await expect(shiftCard(page, onlineNote)).toBeVisible();
    const card = shiftCard(page, shared);
    await expect(card).toContainText(first.displayName);
    await expect(card).toContainText(second.displayName);
    await expect(card).toContainText('2 von 2');
  }

  // What A did offline is on the server: it is there after a reload, in A's browser and in B's.
  for (const page of [pageA, pageB]) {
    await page.reload();
    await expect(page.getByTestId('connection-status')).toHaveText('Verbunden');
    await expect(shiftCard(page, offlineNote)).toBeVisible();
    await expect(shiftCard(page, shared)).toContainText(first.displayName);
  }

  await contextA.close();
  await contextB.close();
});

test('offline, the board says in words how many changes wait, and stays accessible', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 11);
  const [first] = center.people;
  const area = center.areas.find((entry) => entry.id === 'demo-cafe') ?? center.areas[0];
  if (!first || !area) throw new Error('the demo center needs a person and an area');
  const note = uniqueToken('Wartet');
  await openBoard(page, boardPath(center, week));
  const status = page.getByTestId('connection-status');

  // Calmly (after a second), in words, and the work goes on.
  await page.context().setOffline(true);
  await expect(status).toHaveText(
    'Offline. Du kannst weiterarbeiten; Änderungen werden gesendet, sobald die Verbindung zurück ist.',
  );
  await addShiftForTwo(page, area.id, note);
  await expect(status).toHaveText(
    'Offline – 1 Änderung noch nicht gesendet. Sie wird gesendet, sobald die Verbindung zurück ist.',
  );
  await assign(page, note, first.displayName);
  await expect(status).toHaveText(
    'Offline – 2 Änderungen noch nicht gesendet. Sie werden gesendet, sobald die Verbindung zurück ist.',
  );
  await expectNoAxeViolations(page, 'the board while offline');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('offline-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('offline-phone.png') });

  await page.context().setOffline(false);
  await expect(status).toHaveText('Verbunden', { timeout: 15_000 });
  await expect(status).toHaveAttribute('data-unsent', '0');
});

test('an edit made offline is kept in the browser and sent after a reload', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 12);
  const area = center.areas[0];
  if (!area) throw new Error('the demo center needs an area');
  const note = uniqueToken('Gespeichert');

  await openBoard(page, boardPath(center, week), { axe: false });
  // Only the socket goes away (the page itself still loads), as when the sync server is down.
  let reachable = true;
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (reachable) socket.connectToServer();
    else socket.close({ code: closeCodes['internal-error'], reason: 'test: server unreachable' });
  });
  await page.reload();
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveText('Verbunden');
  reachable = false;
  await page.reload();
  await expect(status).toContainText('Offline', { timeout: 10_000 });
  await addShiftForTwo(page, area.id, note);
  await expect(status).toContainText('1 Änderung noch nicht gesendet');

  // Reloading without a connection: the shift comes back from IndexedDB.
  await page.reload();
  await expect(shiftCard(page, note)).toBeVisible();

  // With the connection back, it reaches the server: a fresh browser sees it.
  reachable = true;
  await page.reload();
  await expect(status).toHaveText('Verbunden');
  const other = await page.context().browser()?.newContext();
  if (!other) throw new Error('no browser');
  const otherPage = await other.newPage();
  await signIn(otherPage, 'coordinator');
  await openBoard(otherPage, boardPath(center, week), { axe: false });
  await expect(shiftCard(otherPage, note)).toBeVisible();
  await other.close();
});

test('a short drop is not shown; a longer one says "reconnecting", then "offline"', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  const week = weekFrom(center.currentWeek, 12);
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
  await openBoard(page, boardPath(center, week), { axe: false });
  const status = page.getByTestId('connection-status');
  await expect(status).toHaveText('Verbunden');
  // Every state the page shows from now on.
  await page.evaluate(() => {
    const element = document.querySelector('[data-testid="connection-status"]');
    const seen: string[] = [];
    Object.assign(window, { shownStates: seen });
    if (element) {
      new MutationObserver(() => seen.push(element.getAttribute('data-shown') ?? '')).observe(element, {
        attributes: true,
      });
    }
  });
  const shownStates = () => page.evaluate(() => (window as unknown as { shownStates: string[] }).shownStates);

  // The provider is back within a few hundred milliseconds: nothing to tell. The page's clock stands still
  // while the machine reconnects, so a busy machine cannot stretch the blip past the calm second.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await Promise.all(sockets.splice(0).map((socket) => socket.close({ code: 1006, reason: 'test: blip' })));
  await page.clock.runFor(300); // the provider's first retry comes after 100 ms
  await expect(status).toHaveAttribute('data-status', 'connected');
  await page.clock.runFor(1_200);
  await page.clock.resume();
  expect(await shownStates()).not.toContain('reconnecting');
  expect(await shownStates()).not.toContain('offline');
  await expect(status).toHaveText('Verbunden');

  reachable = false;
  await Promise.all(sockets.splice(0).map((socket) => socket.close({ code: 1006, reason: 'test: connection lost' })));
  await expect(status).toHaveText('Verbindung wird wiederhergestellt …');
  await expect(status).toHaveText(
    'Offline. Du kannst weiterarbeiten; Änderungen werden gesendet, sobald die Verbindung zurück ist.',
  );
  reachable = true;
  await expect(status).toHaveText('Verbunden', { timeout: 10_000 });
});

test('signing out deletes the weeks this browser kept', async ({ page }) => {
  await signIn(page, 'coordinator');
  const center = await demoCenter(page.request);
  await openBoard(page, boardPath(center, weekFrom(center.currentWeek, 12)), { axe: false });
  const storedWeeks = () =>
    page.evaluate(async () =>
      (await indexedDB.databases())
        .map((database) => database.name)
        .filter((name) => name?.startsWith('schichtbrett:')),
    );
  await expect.poll(storedWeeks).toHaveLength(1);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(storedWeeks).toEqual([]);
});
