/**
 * The gaps view over HTTP (issue 6), on a real server with its SQLite file: the heatmap and the gaps by
 * urgency from the projection, suggestions ranked with hours of earlier weeks, team leads scoped to their
 * areas, and one-click assignment with the checks of a claim.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  formatRoomName,
  isoWeekOfDate,
  markNoShow,
  readShift,
  type ShiftInput,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GapsView } from '@schichtbrett/domain';
import { serverOrigin } from '../src/sync';
import { addAreas, addPerson } from './support/center-fixtures';
import type { SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const TIME_ZONE = 'Europe/Berlin';
const NEXT_WEEK = addIsoWeeks(currentIsoWeek(new Date(), TIME_ZONE), 1);
const [, NEXT_TUESDAY = '', NEXT_WEDNESDAY = ''] = datesOfIsoWeek(NEXT_WEEK);
const [TWO_WEEKS_AGO_MONDAY = ''] = datesOfIsoWeek(addIsoWeeks(NEXT_WEEK, -3));
const GAPS = `/api/centers/demo/weeks/${formatIsoWeek(NEXT_WEEK)}/gaps`;
/** The people of the fixture; signed-in test accounts are candidates too, but not looked at here. */
const FIXTURE = ['anna', 'ben', 'carla', 'dora'];

let server: SyncTestServer;
let teamLead: SignedIn;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  teamLead = await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Tina Teamleitung' });
  for (const [id, firstName] of [
    ['anna', 'Anna'],
    ['ben', 'Ben'],
    ['carla', 'Carla'],
    ['dora', 'Dora'],
  ] as const) {
    await addPerson(server.database.db, 'demo', { id, firstName, email: `${id}@example.test` });
  }
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

function roomOf(date: string): string {
  return formatRoomName({ kind: 'week', center: 'demo', week: isoWeekOfDate(date) });
}

async function givenShift(
  id: string,
  fields: Partial<ShiftInput> & { date: string },
  assigned: string[] = [],
): Promise<void> {
  const room = roomOf(fields.date);
  const input: ShiftInput = { areaId: 'cafe', start: '09:00', end: '12:00', needed: 2, notes: '', ...fields };
  const result = await server.registry.changeDocument(room, (doc) => {
    const added = addShift(doc, id, input, serverOrigin);
    if (!added.ok) throw new Error(`adding ${id} failed: ${added.reason}`);
    for (const personId of assigned) assignPerson(doc, id, personId, Date.now(), serverOrigin);
  });
  if (!result.ok) throw new Error(result.reason);
  await server.setStatus(room, 'published');
  await server.weeksProjected();
}

async function gapsAs(as: SyncEndpoint, query = ''): Promise<GapsView> {
  const response = await server.api(as, 'GET', `${GAPS}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as GapsView;
}

function assign(as: SyncEndpoint, shiftId: string, personId: string): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/shifts/${shiftId}/assign`, { personId });
}

const suggestedIn = (view: GapsView, shiftId: string) =>
  (view.gaps.find((gap) => gap.shiftId === shiftId)?.suggestions ?? [])
    .map((s) => s.personId)
    .filter((id) => FIXTURE.includes(id));

describe('GET /api/centers/:center/weeks/:week/gaps', () => {
  it('answers the heatmap and the gaps soonest first, then most places missing', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY, needed: 3 }, ['anna']);
    await givenShift('tue-kitchen', { date: NEXT_TUESDAY, areaId: 'kitchen', needed: 1 });
    await givenShift('tue-cafe', { date: NEXT_TUESDAY, needed: 2 });
    await givenShift('tue-full', { date: NEXT_TUESDAY, start: '13:00', end: '15:00', needed: 1 }, ['ben']);
    const view = await gapsAs(server.coordinator);
    expect(view).toMatchObject({ week: formatIsoWeek(NEXT_WEEK), status: 'published', scope: 'all' });
    expect(view.gaps.map((g) => [g.shiftId, g.missing])).toEqual([
      ['tue-cafe', 2],
      ['tue-kitchen', 1],
      ['wed-cafe', 2],
    ]);
    const cafe = view.heatmap.find((row) => row.areaId === 'cafe');
    expect(cafe?.cells.find((cell) => cell.date === NEXT_TUESDAY)).toEqual({
      date: NEXT_TUESDAY,
      assigned: 1,
      needed: 3,
      level: 'partial',
    });
    expect(cafe?.cells.find((cell) => cell.date === NEXT_WEDNESDAY)).toMatchObject({ assigned: 1, needed: 3 });
  });

  it('shows a week that is over as past in the table, never as a gap the list lacks (issue 13)', async () => {
    const pastWeek = formatIsoWeek(isoWeekOfDate(TWO_WEEKS_AGO_MONDAY));
    await givenShift('old-cafe', { date: TWO_WEEKS_AGO_MONDAY }, ['anna']);
    const response = await server.api(server.coordinator, 'GET', `/api/centers/demo/weeks/${pastWeek}/gaps`);
    const view = (await response.json()) as GapsView;
    expect(view.gaps).toEqual([]);
    const cafe = view.heatmap.find((row) => row.areaId === 'cafe');
    expect(cafe?.cells.find((cell) => cell.date === TWO_WEEKS_AGO_MONDAY)).toMatchObject({
      assigned: 1,
      needed: 2,
      level: 'past',
    });
  });

  it('has no gaps while the week is a draft', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    await server.setStatus(roomOf(NEXT_WEDNESDAY), 'draft');
    await server.weeksProjected();
    const view = await gapsAs(server.coordinator);
    expect(view.status).toBe('draft');
    expect(view.gaps).toEqual([]);
  });

  it('ranks suggestions: available first, then fewest hours in the four weeks before; leaves out the absent', async () => {
    const db = server.database.db;
    await db
      .insertInto('availability_slots')
      .values({ id: 's1', person_id: 'dora', weekday: 3, part: 'vormittags', start_time: null, end_time: null })
      .execute();
    await db
      .insertInto('absences')
      .values({ id: 'a1', person_id: 'carla', from_date: NEXT_WEDNESDAY, to_date: NEXT_WEDNESDAY, reason: 'Urlaub' })
      .execute();
    // Ben worked three weeks before: he comes after Anna, who worked nothing.
    await givenShift('earlier', { date: TWO_WEEKS_AGO_MONDAY, needed: 1 }, ['ben']);
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    const view = await gapsAs(server.coordinator);
    expect(suggestedIn(view, 'wed-cafe')).toEqual(['dora', 'anna', 'ben']);
    const ben = view.gaps[0]?.suggestions.find((s) => s.personId === 'ben');
    expect(ben).toEqual({
      personId: 'ben',
      name: 'Ben Muster',
      availability: { kind: 'unknown' },
      workload: { shifts: 1, minutes: 180 },
    });
  });

  it('counts what people did in finalized weeks: four recorded shifts last week put Anna last', async () => {
    const lastWeek = addIsoWeeks(NEXT_WEEK, -1);
    const days = datesOfIsoWeek(lastWeek);
    for (const [index, date] of days.slice(0, 4).entries())
      await givenShift(`last-${index}`, { date, needed: 1 }, ['anna']);
    // Ben was planned too but did not come: the record says he did nothing.
    await givenShift('last-ben', { date: days[4] ?? '', needed: 1 }, ['ben']);
    const marked = await server.registry.changeDocument(roomOf(days[0] ?? ''), (doc) =>
      markNoShow(doc, 'last-ben', 'ben', serverOrigin),
    );
    expect(marked.ok && marked.value.ok).toBe(true);
    const week = formatIsoWeek(lastWeek);
    expect((await server.api(server, 'POST', `/api/centers/demo/weeks/${week}/finalize`, {})).status).toBe(200);
    await server.weeksProjected();
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    const view = await gapsAs(server.coordinator);
    // Anna comes after everyone who did nothing, the signed-in test accounts too: out of the five shown.
    expect(suggestedIn(view, 'wed-cafe')).toEqual(['ben', 'carla', 'dora']);
    const ben = view.gaps[0]?.suggestions.find((s) => s.personId === 'ben');
    expect(ben?.workload).toEqual({ shifts: 0, minutes: 0 });
  });

  it('does not count a planned shift of someone away that day as worked', async () => {
    await server.database.db
      .insertInto('absences')
      .values({
        id: 'a1',
        person_id: 'ben',
        from_date: TWO_WEEKS_AGO_MONDAY,
        to_date: TWO_WEEKS_AGO_MONDAY,
        reason: null,
      })
      .execute();
    await givenShift('earlier', { date: TWO_WEEKS_AGO_MONDAY, needed: 1 }, ['ben']);
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    const view = await gapsAs(server.coordinator);
    // Ben did nothing, as the others: by name, not last.
    expect(suggestedIn(view, 'wed-cafe')).toEqual(['anna', 'ben', 'carla', 'dora']);
    expect(view.gaps[0]?.suggestions.find((s) => s.personId === 'ben')?.workload).toEqual({ shifts: 0, minutes: 0 });
  });

  it('counts a place held by someone away as open, and lists a shift with someone lacking a Nachweis', async () => {
    const db = server.database.db;
    await db
      .insertInto('absences')
      .values({ id: 'a1', person_id: 'carla', from_date: NEXT_TUESDAY, to_date: NEXT_WEDNESDAY, reason: 'Urlaub' })
      .execute();
    await db.insertInto('area_requirements').values({ area_id: 'kitchen', kind: 'hygiene' }).execute();
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY, needed: 2 }, ['carla', 'anna']);
    await givenShift(
      'wed-kitchen',
      { date: NEXT_WEDNESDAY, areaId: 'kitchen', start: '12:00', end: '14:00', needed: 1 },
      ['ben'],
    );
    const view = await gapsAs(server.coordinator);
    expect(view.gaps.map((g) => [g.shiftId, g.assigned, g.missing, g.unqualified])).toEqual([
      ['wed-cafe', 1, 1, 0],
      ['wed-kitchen', 1, 0, 1],
    ]);
    const cafe = view.heatmap.find((row) => row.areaId === 'cafe')?.cells.find((cell) => cell.date === NEXT_WEDNESDAY);
    expect(cafe).toMatchObject({ assigned: 1, needed: 2, level: 'partial' });
  });

  it('leaves out people missing a Nachweis the area requires', async () => {
    await server.database.db.insertInto('area_requirements').values({ area_id: 'cafe', kind: 'hygiene' }).execute();
    await server.database.db
      .insertInto('qualification_records')
      .values({
        id: 'q-ben',
        person_id: 'ben',
        kind: 'hygiene',
        inspected_on: NEXT_TUESDAY,
        certificate_date: null,
        result: null,
        valid_from: '2026-01-01',
      })
      .execute();
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    expect(suggestedIn(await gapsAs(server.coordinator), 'wed-cafe')).toEqual(['ben']);
  });

  it('shows a team lead their own areas by default, all with ?areas=all, and suggests only in their own', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    await givenShift('wed-kitchen', { date: NEXT_WEDNESDAY, areaId: 'kitchen', start: '13:00', end: '15:00' });
    const mine = await gapsAs(teamLead);
    expect(mine.scope).toBe('mine');
    expect(mine.areas.map((a) => a.id)).toEqual(['cafe']);
    expect(mine.heatmap.map((row) => row.areaId)).toEqual(['cafe']);
    expect(mine.gaps.map((g) => g.shiftId)).toEqual(['wed-cafe']);
    const all = await gapsAs(teamLead, '?areas=all');
    expect(all.scope).toBe('all');
    expect(all.areas.map((a) => [a.id, a.mayAssign])).toEqual([
      ['cafe', true],
      ['kitchen', false],
    ]);
    const kitchen = all.gaps.find((g) => g.shiftId === 'wed-kitchen');
    expect(kitchen).toMatchObject({ mayAssign: false, suggestions: [] });
  });

  it('refuses volunteers, an unknown week and an unknown scope', async () => {
    const volunteer = await server.signIn({ role: 'volunteer' });
    expect((await server.api(volunteer, 'GET', GAPS)).status).toBe(403);
    expect((await server.api(server.coordinator, 'GET', '/api/centers/demo/weeks/2026-W54/gaps')).status).toBe(404);
    expect((await server.api(server.coordinator, 'GET', `${GAPS}?areas=some`)).status).toBe(400);
  });
});

describe('GET /api/centers: the week the gaps page opens on (issue 13)', () => {
  const gapsWeekAs = async (as: SyncEndpoint) => {
    const body = (await (await server.api(as, 'GET', '/api/centers')).json()) as { centers: { gapsWeek: string }[] };
    return body.centers[0]?.gapsWeek;
  };

  it('is the first week with a shift ahead, for a team lead in their own areas', async () => {
    const [, , , , , , LATER_SUNDAY = ''] = datesOfIsoWeek(addIsoWeeks(NEXT_WEEK, 1));
    await givenShift('kitchen-next', { date: NEXT_TUESDAY, areaId: 'kitchen' });
    await givenShift('cafe-later', { date: LATER_SUNDAY });
    expect(await gapsWeekAs(server.coordinator)).toBe(formatIsoWeek(NEXT_WEEK));
    expect(await gapsWeekAs(teamLead)).toBe(formatIsoWeek(addIsoWeeks(NEXT_WEEK, 1)));
  });

  it('leaves out shifts that are over and falls back to the board week when nothing lies ahead', async () => {
    await givenShift('cafe-past', { date: TWO_WEEKS_AGO_MONDAY });
    const body = (await (await server.api(teamLead, 'GET', '/api/centers')).json()) as {
      centers: { gapsWeek: string; currentWeek: string }[];
    };
    expect(body.centers[0]?.gapsWeek).toBe(body.centers[0]?.currentWeek);
  });
});

describe('POST /api/centers/:center/shifts/:shiftId/assign', () => {
  it('lets a team lead put a suggested person on a gap of their area', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    const response = await assign(teamLead, 'wed-cafe', 'anna');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ assignment: { shiftId: 'wed-cafe', personId: 'anna' } });
    const read = await server.registry.readDocument(roomOf(NEXT_WEDNESDAY), (doc) => readShift(doc, 'wed-cafe'));
    expect(read.ok && read.value?.assigned).toEqual(['anna']);
    await server.weeksProjected();
    const view = await gapsAs(teamLead);
    expect(view.gaps[0]).toMatchObject({ shiftId: 'wed-cafe', assigned: 1, missing: 1 });
    expect(suggestedIn(view, 'wed-cafe')).not.toContain('anna');
  });

  it('refuses a team lead outside their areas', async () => {
    await givenShift('wed-kitchen', { date: NEXT_WEDNESDAY, areaId: 'kitchen' });
    expect((await assign(teamLead, 'wed-kitchen', 'anna')).status).toBe(403);
  });

  it('refuses as a claim would: full meanwhile, absent', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY, needed: 1 }, ['ben']);
    const full = await assign(server.coordinator, 'wed-cafe', 'anna');
    expect(full.status).toBe(409);
    expect(await full.json()).toMatchObject({ error: 'assign-refused', reason: 'full' });
    await server.database.db
      .insertInto('absences')
      .values({ id: 'a1', person_id: 'carla', from_date: NEXT_TUESDAY, to_date: NEXT_TUESDAY, reason: null })
      .execute();
    await givenShift('tue-cafe', { date: NEXT_TUESDAY });
    const absent = await assign(server.coordinator, 'tue-cafe', 'carla');
    expect(await absent.json()).toMatchObject({ reason: 'absent', message: expect.stringContaining('abwesend') });
  });

  it('refuses volunteers, unknown people and an empty body', async () => {
    await givenShift('wed-cafe', { date: NEXT_WEDNESDAY });
    const volunteer = await server.signIn({ role: 'volunteer' });
    expect((await assign(volunteer, 'wed-cafe', volunteer.personId)).status).toBe(403);
    expect((await assign(server.coordinator, 'wed-cafe', 'nobody')).status).toBe(404);
    expect((await server.api(server.coordinator, 'POST', '/api/centers/demo/shifts/wed-cafe/assign', {})).status).toBe(
      400,
    );
  });
});
