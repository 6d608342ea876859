/**
 * A center's settings over HTTP (issue 12): a coordinator reads and changes them, bad input changes
 * nothing, members see the opening days on the center, and planning a week follows them.
 */
import { readWeek, type TemplateShift } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAreas, addTemplateShifts } from './support/center-fixtures';
import { readEvents } from './support/event-stream';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const TEMPLATE: TemplateShift[] = [
  { id: 'cafe-mo', areaId: 'cafe', weekday: 1, start: '09:00', end: '12:00', needed: 2, notes: '', regularIds: [] },
  { id: 'markt-sa', areaId: 'cafe', weekday: 6, start: '10:00', end: '14:00', needed: 2, notes: '', regularIds: [] },
  { id: 'cafe-so', areaId: 'cafe', weekday: 7, start: '14:00', end: '17:00', needed: 1, notes: '', regularIds: [] },
];

const SETTINGS = {
  name: 'Familienzentrum Lindenhof',
  address: 'Lindenstraße 4\n35390 Gießen',
  contact: '0641 123456',
  stateCode: 'HE',
  openingDays: [7, 6],
  claimCutoffHours: 24,
  fuehrungszeugnisYears: 5,
  boardWeek: 'next-from-saturday',
};

let server: SyncTestServer;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe']);
  await addTemplateShifts(server.database.db, 'demo', TEMPLATE);
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const put = (body: unknown) => server.api(server.coordinator, 'PUT', '/api/centers/demo/settings', body);
const get = () => server.api(server.coordinator, 'GET', '/api/centers/demo/settings');

describe('/api/centers/:center/settings', () => {
  it('stores the settings, opening days in weekday order, and members see the profile on the center', async () => {
    const response = await put(SETTINGS);
    expect(response.status).toBe(200);
    const expected = { ...SETTINGS, openingDays: [6, 7] };
    expect(await response.json()).toEqual(expected);
    expect(await (await get()).json()).toEqual(expected);

    const volunteer = await server.signIn({ role: 'volunteer' });
    const center = (await (await server.api(volunteer, 'GET', '/api/centers/demo')).json()) as { center: unknown };
    expect(center.center).toMatchObject({
      name: 'Familienzentrum Lindenhof',
      address: 'Lindenstraße 4\n35390 Gießen',
      contact: '0641 123456',
      openingDays: [6, 7],
    });
  });

  it("tells a member's open board that the center changed, so it re-reads the opening days", async () => {
    const volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
    const events = readEvents(await server.api(volunteer, 'GET', '/api/centers/demo/events'));
    try {
      await events.next((event) => event.event === 'ready');
      expect((await put(SETTINGS)).status).toBe(200);
      expect(await events.next((event) => event.event !== 'comment')).toEqual({ event: 'center-changed', data: '{}' });
      const center = (await (await server.api(volunteer, 'GET', '/api/centers/demo')).json()) as {
        center: { openingDays: number[] };
      };
      expect(center.center.openingDays).toEqual([6, 7]);
    } finally {
      await events.cancel();
    }
  });

  it('refuses bad input with a German sentence and changes nothing', async () => {
    const before = await (await get()).json();
    const cases: [unknown, string][] = [
      [{ ...SETTINGS, openingDays: [] }, 'Bitte wähle mindestens einen Öffnungstag.'],
      [{ ...SETTINGS, openingDays: [0] }, 'Öffnungstage sind die Zahlen 1 (Montag) bis 7 (Sonntag).'],
      [{ ...SETTINGS, name: 'Linden\u202Ehof' }, 'Der Name des Zentrums enthält unsichtbare Zeichen'],
      [{ ...SETTINGS, contact: 'a\nb' }, 'Der Kontakt darf keine Zeilenumbrüche'],
      [{ ...SETTINGS, claimCutoffHours: 1.5 }, 'Die Frist zum Zurückgeben muss eine ganze Zahl sein.'],
      [{ ...SETTINGS, stateCode: 'XX' }, 'Bitte wähle ein Bundesland.'],
    ];
    for (const [body, message] of cases) {
      const response = await put(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(message);
    }
    expect(await (await get()).json()).toEqual(before);
  });

  it('plans from the template only on opening days and says which shifts it left out', async () => {
    // A new center opens Monday to Saturday: the Sunday café of the template is not planned.
    const mondayToSaturday = await server.api(server.coordinator, 'POST', '/api/centers/demo/weeks/2026-W50/plan', {
      source: 'template',
    });
    expect(await mondayToSaturday.json()).toMatchObject({
      added: 2,
      notOpen: [{ id: 'cafe-so@2026-12-13', date: '2026-12-13', weekday: 7 }],
    });

    expect((await put(SETTINGS)).status).toBe(200);
    const weekend = await server.api(server.coordinator, 'POST', '/api/centers/demo/weeks/2026-W51/plan', {
      source: 'template',
    });
    expect(await weekend.json()).toMatchObject({
      added: 2,
      skipped: [],
      notOpen: [{ id: 'cafe-mo@2026-12-14', date: '2026-12-14', weekday: 1 }],
    });
    const doc = new Y.Doc();
    for (const row of server.log.load('week/demo/2026-W51')) Y.applyUpdate(doc, row.data);
    expect(readWeek(doc).shifts.map((shift) => shift.id)).toEqual(['markt-sa@2026-12-19', 'cafe-so@2026-12-20']);

    // The gaps view shows the opening days, and the Monday of W50 only because a shift is stored on it.
    await server.weeksProjected();
    const gaps = async (week: string) =>
      (
        (await (await server.api(server.coordinator, 'GET', `/api/centers/demo/weeks/${week}/gaps`)).json()) as {
          dates: string[];
        }
      ).dates;
    expect(await gaps('2026-W51')).toEqual(['2026-12-19', '2026-12-20']);
    expect(await gaps('2026-W50')).toEqual(['2026-12-07', '2026-12-12', '2026-12-13']);
  });
});
