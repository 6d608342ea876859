/**
 * A center's areas over a real server and SQLite file (issue 12): coordinators create, change, order,
 * archive and restore them; an open board hears of every change and the center read shows it; archiving an
 * area whose shifts lie ahead is refused with the list of them, while past shifts keep it from nothing.
 */
import { addIsoWeeks, addShift, currentIsoWeek, datesOfIsoWeek, formatIsoWeek, type Area } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas, addTemplateShifts } from './support/center-fixtures';
import { readEvents, type EventReader } from './support/event-stream';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const THIS_WEEK = currentIsoWeek(new Date(), 'Europe/Berlin');
const NEXT_WEEK = formatIsoWeek(addIsoWeeks(THIS_WEEK, 1));
const LAST_WEEK = formatIsoWeek(addIsoWeeks(THIS_WEEK, -1));

let server: SyncTestServer;
let volunteer: SignedIn;
const open: EventReader[] = [];

beforeEach(async () => {
  server = await startSyncTestServer({ centers: ['demo', 'andere'] });
  await addAreas(server.database.db, 'demo', ['cafe', 'kinder']);
  volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((reader) => reader.cancel()));
  await server.close();
  removeDataDir(server.dataDir);
});

async function areasFrom(response: Response): Promise<Area[]> {
  return ((await response.json()) as { areas: Area[] }).areas;
}

async function addShiftOn(week: string, id: string, areaId: string): Promise<void> {
  const [, , wednesday = ''] = datesOfIsoWeek(addIsoWeeks(THIS_WEEK, week === NEXT_WEEK ? 1 : -1));
  const input = { areaId, date: wednesday, start: '09:00', end: '12:00', needed: 1, notes: '' };
  const result = await server.registry.changeDocument(`week/demo/${week}`, (doc) =>
    addShift(doc, id, input, serverOrigin),
  );
  if (!result.ok) throw new Error(result.reason);
  await server.weeksProjected();
}

describe('/api/centers/:center/areas', () => {
  it('creates an area after the others, with its description and palette colour', async () => {
    const response = await server.api(server, 'POST', '/api/centers/demo/areas', {
      name: ' Café/Offener Treff ',
      description: 'Kuchentheke und Kasse',
      color: '#b45309',
    });
    expect(response.status).toBe(201);
    const areas = await areasFrom(response);
    expect(areas.map((area) => area.name)).toEqual(['cafe', 'kinder', 'Café/Offener Treff']);
    expect(areas[2]).toMatchObject({ description: 'Kuchentheke und Kasse', color: '#b45309', archived: false });
  });

  it('refuses a colour outside the palette and changes nothing', async () => {
    const response = await server.api(server, 'POST', '/api/centers/demo/areas', { name: 'Gelb', color: '#ffff00' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      'Bitte wähle eine Farbe aus der Farbpalette.',
    );
    expect(await areasFrom(await server.api(server, 'GET', '/api/centers/demo/areas'))).toHaveLength(2);
  });

  it('tells an open board that the center changed on a rename, and the center read then shows the new name', async () => {
    const response = await server.api(volunteer, 'GET', '/api/centers/demo/events');
    const events = readEvents(response);
    open.push(events);
    await events.next((event) => event.event === 'ready');
    const rename = await server.api(server, 'PATCH', '/api/centers/demo/areas/cafe', { name: 'Café' });
    expect(rename.status).toBe(200);
    await events.next((event) => event.event === 'center-changed');
    const center = (await (await server.api(volunteer, 'GET', '/api/centers/demo')).json()) as {
      areas: { id: string; name: string }[];
    };
    expect(center.areas.find((area) => area.id === 'cafe')?.name).toBe('Café');
  });

  it('reorders the active areas, and refuses an order that leaves one out', async () => {
    const reordered = await server.api(server, 'PUT', '/api/centers/demo/areas/order', { areaIds: ['kinder', 'cafe'] });
    expect((await areasFrom(reordered)).map((area) => area.id)).toEqual(['kinder', 'cafe']);
    const partial = await server.api(server, 'PUT', '/api/centers/demo/areas/order', { areaIds: ['cafe'] });
    expect(partial.status).toBe(409);
    expect(((await partial.json()) as { error: string }).error).toBe('areas-changed');
  });

  it('refuses to archive an area with shifts ahead or in the template, naming them; past shifts do not count', async () => {
    await addShiftOn(LAST_WEEK, 'cafe-damals', 'cafe');
    await addShiftOn(NEXT_WEEK, 'cafe-bald', 'cafe');
    await addTemplateShifts(server.database.db, 'demo', [
      {
        id: 'vorlage-cafe',
        areaId: 'cafe',
        weekday: 2,
        start: '14:00',
        end: '17:00',
        needed: 2,
        notes: '',
        regularIds: [],
      },
    ]);
    const refused = await server.api(server, 'POST', '/api/centers/demo/areas/cafe/archive');
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: string; message: string; shifts: { shiftId: string }[] };
    expect(body.error).toBe('area-in-use');
    expect(body.message).toContain('2 Schichten');
    expect(body.shifts.map((shift) => shift.shiftId)).toEqual(['cafe-bald', 'vorlage-cafe']);
    expect((await areasFrom(await server.api(server, 'GET', '/api/centers/demo/areas')))[0]?.archived).toBe(false);
  });

  it('archives an area with only past shifts: the board no longer offers it, history still names it', async () => {
    await addShiftOn(LAST_WEEK, 'kinder-damals', 'kinder');
    const archived = await server.api(server, 'POST', '/api/centers/demo/areas/kinder/archive');
    expect(archived.status).toBe(200);
    expect((await areasFrom(archived)).find((area) => area.id === 'kinder')?.archived).toBe(true);
    const center = (await (await server.api(volunteer, 'GET', '/api/centers/demo')).json()) as {
      areas: { id: string }[];
      archivedAreas: { id: string; name: string }[];
    };
    expect(center.areas.map((area) => area.id)).toEqual(['cafe']);
    expect(center.archivedAreas).toEqual([{ id: 'kinder', name: 'kinder', color: '#336699', description: '' }]);

    const restored = await server.api(server, 'POST', '/api/centers/demo/areas/kinder/restore');
    expect((await areasFrom(restored)).map((area) => [area.id, area.archived])).toEqual([
      ['cafe', false],
      ['kinder', false],
    ]);
  });

  it("answers 404 for another center's area, and 403 to a volunteer", async () => {
    await addAreas(server.database.db, 'andere', ['kueche']);
    expect((await server.api(server, 'PATCH', '/api/centers/demo/areas/kueche', { name: 'Meins' })).status).toBe(404);
    expect((await server.api(volunteer, 'POST', '/api/centers/demo/areas/cafe/archive')).status).toBe(403);
  });
});
