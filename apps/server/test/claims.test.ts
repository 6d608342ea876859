/**
 * Claiming and giving back shifts over HTTP (issue 5), on a real server with its SQLite file: every claim
 * rule is refused by the server (each test fails when its rule is removed from the domain), giving back
 * honours the center's cut-off, and the lists offer only what the person may take.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  isoWeekOfDate,
  instantOf,
  readShift,
  todayIn,
  type ShiftInput,
  type WeekStatus,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimRefusalMessage, giveBackRefusalMessage } from '../src/claims/claim-messages';
import { serverOrigin } from '../src/sync';
import { addAreas, addPerson } from './support/center-fixtures';
import type { SyncEndpoint } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const TIME_ZONE = 'Europe/Berlin';
const TODAY = todayIn(new Date(), TIME_ZONE);
const THIS_WEEK = currentIsoWeek(new Date(), TIME_ZONE);
const NEXT_WEEK = addIsoWeeks(THIS_WEEK, 1);
/** Wednesday next week: always more than 48 h ahead, so the default cut-off is far. */
const [NEXT_MONDAY = '', NEXT_TUESDAY = '', NEXT_WEDNESDAY = ''] = datesOfIsoWeek(NEXT_WEEK);

let server: SyncTestServer;
let volunteer: SignedIn;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe', 'kitchen']);
  volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

function roomOf(date: string): string {
  return `week/demo/${formatIsoWeek(isoWeekOfDate(date))}`;
}

/** Adds a shift (with people on it) to its week as the server, sets the week's status, waits for the rows. */
async function givenShift(
  id: string,
  fields: Partial<ShiftInput> & { date: string },
  options: { assigned?: string[]; status?: Exclude<WeekStatus, 'finalized'> } = {},
): Promise<void> {
  const room = roomOf(fields.date);
  const input: ShiftInput = { areaId: 'cafe', start: '09:00', end: '12:00', needed: 2, notes: '', ...fields };
  const result = await server.registry.changeDocument(room, (doc) => {
    const added = addShift(doc, id, input, serverOrigin);
    if (!added.ok) throw new Error(`adding ${id} failed: ${added.reason}`);
    for (const personId of options.assigned ?? []) assignPerson(doc, id, personId, Date.now(), serverOrigin);
  });
  if (!result.ok) throw new Error(result.reason);
  await server.setStatus(room, options.status ?? 'published');
  await server.weeksProjected();
}

function claim(as: SyncEndpoint, shiftId: string): Promise<Response> {
  return server.api(as, 'POST', `/api/centers/demo/shifts/${encodeURIComponent(shiftId)}/claim`);
}

function giveBack(as: SyncEndpoint, shiftId: string): Promise<Response> {
  return server.api(as, 'DELETE', `/api/centers/demo/shifts/${encodeURIComponent(shiftId)}/claim`);
}

async function assignedIn(shiftId: string, date: string): Promise<string[]> {
  const result = await server.registry.readDocument(roomOf(date), (doc) => readShift(doc, shiftId)?.assigned ?? []);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

async function expectRefusal(response: Response, reason: string): Promise<void> {
  expect(response.status).toBe(409);
  const body = (await response.json()) as { error: string; reason: string; message: string };
  expect(body).toMatchObject({ error: 'claim-refused', reason });
  expect(body.message.length).toBeGreaterThan(10);
}

async function requireQualification(areaId: string, kind: string): Promise<void> {
  await server.database.db.insertInto('area_requirements').values({ area_id: areaId, kind }).execute();
}

async function addHygiene(personId: string, date: string): Promise<void> {
  await server.database.db
    .insertInto('qualification_records')
    .values({
      id: `q-${personId}-${date}`,
      person_id: personId,
      kind: 'hygiene',
      inspected_on: date,
      certificate_date: null,
      result: null,
      valid_from: date,
    })
    .execute();
}

/** A date `years` before `date`, same month and day. */
function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

describe('POST /api/centers/:center/shifts/:shiftId/claim', () => {
  it('puts the volunteer on the shift and answers the assignment', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY });
    const response = await claim(volunteer, 'cafe-1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      assignment: {
        shiftId: 'cafe-1',
        personId: volunteer.personId,
        week: formatIsoWeek(NEXT_WEEK),
        date: NEXT_WEDNESDAY,
        start: '09:00',
        end: '12:00',
        areaId: 'cafe',
      },
    });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual([volunteer.personId]);
  });

  it('answers a repeated claim (a retried offline claim) with 200 and writes nothing', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY });
    expect((await claim(volunteer, 'cafe-1')).status).toBe(200);
    const rows = server.log.load(roomOf(NEXT_WEDNESDAY)).length;
    const again = await claim(volunteer, 'cafe-1');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ assignment: { shiftId: 'cafe-1', personId: volunteer.personId } });
    expect(server.log.load(roomOf(NEXT_WEDNESDAY)).length).toBe(rows);
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual([volunteer.personId]);
  });

  it('refuses a full shift: "Diese Schicht wurde gerade vergeben."', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY, needed: 1 }, { assigned: ['someone-else'] });
    const response = await claim(volunteer, 'cafe-1');
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: 'claim-refused',
      reason: 'full',
      message: 'Diese Schicht wurde gerade vergeben.',
    });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual(['someone-else']);
  });

  it('lets someone else take a place held by a person away that day, and lists it as open', async () => {
    await addPerson(server.database.db, 'demo', { id: 'karin', firstName: 'Karin', email: 'karin@example.test' });
    await server.database.db
      .insertInto('absences')
      .values({
        id: 'karin-urlaub',
        person_id: 'karin',
        from_date: NEXT_TUESDAY,
        to_date: NEXT_WEDNESDAY,
        reason: 'Urlaub',
      })
      .execute();
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY, needed: 1 }, { assigned: ['karin'] });
    const listed = await server.api(volunteer, 'GET', '/api/centers/demo/open-shifts');
    expect(((await listed.json()) as OpenShiftBody).shifts).toEqual([
      expect.objectContaining({ shiftId: 'cafe-1', openPlaces: 1 }),
    ]);
    expect((await claim(volunteer, 'cafe-1')).status).toBe(200);
    // Karin stays on the plan (her absence is hers to end); the place she could not fill is taken.
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual(['karin', volunteer.personId]);
    await expectRefusal(await claim(await server.signIn({ role: 'volunteer', name: 'Nora Neu' }), 'cafe-1'), 'full');
  });

  it('refuses a shift whose area requires a qualification the person lacks', async () => {
    await requireQualification('kitchen', 'hygiene');
    await givenShift('kitchen-1', { date: NEXT_WEDNESDAY, areaId: 'kitchen' });
    await expectRefusal(await claim(volunteer, 'kitchen-1'), 'not-qualified');
    await addHygiene(volunteer.personId, TODAY);
    expect((await claim(volunteer, 'kitchen-1')).status).toBe(200);
  });

  it('refuses when the qualification has expired (Hygienebelehrung older than 2 years)', async () => {
    await requireQualification('kitchen', 'hygiene');
    await addHygiene(volunteer.personId, yearsBefore(TODAY, 3));
    await givenShift('kitchen-1', { date: NEXT_WEDNESDAY, areaId: 'kitchen' });
    await expectRefusal(await claim(volunteer, 'kitchen-1'), 'not-qualified');
    expect(await assignedIn('kitchen-1', NEXT_WEDNESDAY)).toEqual([]);
  });

  it('refuses a shift overlapping one of the person’s own that day', async () => {
    await givenShift(
      'cafe-1',
      { date: NEXT_WEDNESDAY, start: '09:00', end: '12:00' },
      { assigned: [volunteer.personId] },
    );
    await givenShift('kitchen-1', { date: NEXT_WEDNESDAY, areaId: 'kitchen', start: '11:00', end: '14:00' });
    await expectRefusal(await claim(volunteer, 'kitchen-1'), 'overlap');
    // Back-to-back is fine.
    await givenShift('kitchen-2', { date: NEXT_WEDNESDAY, areaId: 'kitchen', start: '12:00', end: '14:00' });
    expect((await claim(volunteer, 'kitchen-2')).status).toBe(200);
  });

  it('refuses a shift on a day the person is absent', async () => {
    await server.database.db
      .insertInto('absences')
      .values({
        id: 'urlaub',
        person_id: volunteer.personId,
        from_date: NEXT_TUESDAY,
        to_date: NEXT_WEDNESDAY,
        reason: 'Urlaub',
      })
      .execute();
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY });
    await expectRefusal(await claim(volunteer, 'cafe-1'), 'absent');
  });

  it('refuses a shift that has already begun (cut-off)', async () => {
    // Today from midnight: begun whatever the time of the test run.
    await givenShift('today-1', { date: TODAY, start: '00:00', end: '23:59' });
    await expectRefusal(await claim(volunteer, 'today-1'), 'cut-off');
  });

  it('refuses a shift of a draft week', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { status: 'draft' });
    await expectRefusal(await claim(volunteer, 'cafe-1'), 'not-published');
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual([]);
  });

  it('refuses a shift of a closed day', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY });
    const closed = await server.api(
      server.coordinator,
      'POST',
      `/api/centers/demo/weeks/${formatIsoWeek(NEXT_WEEK)}/days/${NEXT_WEDNESDAY}/close`,
      { reason: 'Betriebsausflug' },
    );
    expect(closed.status).toBe(200);
    await expectRefusal(await claim(volunteer, 'cafe-1'), 'cancelled');
  });

  it('answers 404 for an unknown shift and 403 outside one’s center', async () => {
    expect((await claim(volunteer, 'gibt-es-nicht')).status).toBe(404);
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY });
    const response = await server.api(volunteer, 'POST', '/api/centers/andere/shifts/cafe-1/claim');
    expect(response.status).toBe(403);
  });

  it('has a German message for every refusal, the finalized week included', () => {
    // A claim on a finalized week answers this over HTTP in week-finalize.test.ts.
    expect(claimRefusalMessage('finalized')).toMatch(/abgeschlossen/);
    expect(giveBackRefusalMessage('finalized')).toMatch(/abgeschlossen/);
    expect(claimRefusalMessage('full')).toBe('Diese Schicht wurde gerade vergeben.');
  });
});

describe('DELETE /api/centers/:center/shifts/:shiftId/claim', () => {
  it('gives a shift back before the cut-off', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { assigned: [volunteer.personId, 'someone-else'] });
    const response = await giveBack(volunteer, 'cafe-1');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ givenBack: { shiftId: 'cafe-1', personId: volunteer.personId } });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual(['someone-else']);
  });

  it('refuses after the cut-off, and the cut-off is the center’s setting', async () => {
    await givenShift('today-1', { date: TODAY, start: '00:00', end: '23:59' }, { assigned: [volunteer.personId] });
    const late = await giveBack(volunteer, 'today-1');
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({
      error: 'give-back-refused',
      reason: 'cut-off',
      message: 'Die Frist zum Zurückgeben ist vorbei. Bitte suche eine Vertretung.',
    });
    expect(await assignedIn('today-1', TODAY)).toEqual([volunteer.personId]);

    // Wednesday next week is within 30 days: with a 30-day cut-off it can no longer be given back.
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { assigned: [volunteer.personId] });
    await server.database.db
      .updateTable('centers')
      .set({ claim_cutoff_hours: 30 * 24 })
      .where('slug', '=', 'demo')
      .execute();
    expect(await (await giveBack(volunteer, 'cafe-1')).json()).toMatchObject({ reason: 'cut-off' });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual([volunteer.personId]);
  });

  it('refuses to give back a called-off shift, and does not offer it (issue 13)', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { assigned: [volunteer.personId] });
    const closed = await server.api(
      server.coordinator,
      'POST',
      `/api/centers/demo/weeks/${formatIsoWeek(NEXT_WEEK)}/days/${NEXT_WEDNESDAY}/close`,
      { reason: 'Wasserschaden' },
    );
    expect(closed.status).toBe(200);
    await server.weeksProjected();
    const mine = (await (await server.api(volunteer, 'GET', '/api/centers/demo/my-shifts')).json()) as {
      shifts: { shiftId: string; cancelled: string | null; mayGiveBack: boolean }[];
    };
    expect(mine.shifts).toEqual([
      expect.objectContaining({ shiftId: 'cafe-1', cancelled: 'Wasserschaden', mayGiveBack: false }),
    ]);
    const response = await giveBack(volunteer, 'cafe-1');
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: 'give-back-refused',
      reason: 'cancelled',
      message: 'Diese Schicht fällt aus. Du musst sie nicht zurückgeben.',
    });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual([volunteer.personId]);
  });

  it('refuses to give back a shift the person is not on', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { assigned: ['someone-else'] });
    const response = await giveBack(volunteer, 'cafe-1');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'give-back-refused', reason: 'not-assigned' });
    expect(await assignedIn('cafe-1', NEXT_WEDNESDAY)).toEqual(['someone-else']);
  });
});

describe('POST /api/centers/:center/weeks/:week/publish', () => {
  it('says how many shifts with people begin within the give-back cut-off (ADR 29)', async () => {
    // Tomorrow 23:00 is less than 48 h ahead and not begun, whenever the test runs.
    const tomorrow = new Date(instantOf(TODAY, '12:00', TIME_ZONE).getTime() + 24 * 3_600_000);
    const soon = todayIn(tomorrow, TIME_ZONE);
    await givenShift(
      'soon-1',
      { date: soon, start: '22:00', end: '23:00' },
      { assigned: [volunteer.personId], status: 'draft' },
    );
    await givenShift('soon-empty', { date: soon, start: '20:00', end: '21:00' }, { status: 'draft' });
    const week = roomOf(soon).split('/').at(-1) ?? '';
    const published = await server.api(server.coordinator, 'POST', `/api/centers/demo/weeks/${week}/publish`);
    expect(published.status).toBe(200);
    expect(await published.json()).toEqual({ status: 'published', shiftsPastCutoff: 1 });
  });
});

interface OpenShiftBody {
  shifts: {
    shiftId: string;
    week: string;
    date: string;
    areaId: string;
    areaName: string | null;
    openPlaces: number;
  }[];
}

describe('GET /api/centers/:center/open-shifts', () => {
  async function openShifts(query = ''): Promise<OpenShiftBody['shifts']> {
    const response = await server.api(volunteer, 'GET', `/api/centers/demo/open-shifts${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as OpenShiftBody).shifts;
  }

  it('lists the open places the person may take, soonest first, and nothing they may not', async () => {
    await requireQualification('kitchen', 'hygiene');
    await givenShift(
      'cafe-wed',
      { date: NEXT_WEDNESDAY, start: '14:00', end: '16:00', needed: 3 },
      { assigned: ['x'] },
    );
    await givenShift('cafe-tue', { date: NEXT_TUESDAY, start: '14:00', end: '16:00' });
    await givenShift('kitchen-tue', { date: NEXT_TUESDAY, areaId: 'kitchen', start: '16:00', end: '18:00' });
    await givenShift('full-tue', { date: NEXT_TUESDAY, needed: 1 }, { assigned: ['x'] });
    await givenShift(
      'mine-mon',
      { date: NEXT_MONDAY, start: '09:00', end: '12:00' },
      { assigned: [volunteer.personId] },
    );
    await givenShift('overlap-mon', { date: NEXT_MONDAY, areaId: 'kitchen', start: '10:00', end: '11:00' });
    await givenShift('today-1', { date: TODAY, start: '00:00', end: '23:59' });

    expect((await openShifts()).map((s) => s.shiftId)).toEqual(['cafe-tue', 'cafe-wed']);
    const [tuesday, wednesday] = await openShifts();
    expect(tuesday).toMatchObject({
      week: formatIsoWeek(NEXT_WEEK),
      date: NEXT_TUESDAY,
      areaName: 'cafe',
      openPlaces: 2,
    });
    expect(wednesday).toMatchObject({ openPlaces: 2 });

    await addHygiene(volunteer.personId, TODAY);
    expect((await openShifts()).map((s) => s.shiftId)).toEqual(['cafe-tue', 'kitchen-tue', 'cafe-wed']);
    expect((await openShifts('?area=kitchen')).map((s) => s.shiftId)).toEqual(['kitchen-tue']);
    expect((await openShifts(`?day=${NEXT_WEDNESDAY}`)).map((s) => s.shiftId)).toEqual(['cafe-wed']);
    const bad = await server.api(volunteer, 'GET', '/api/centers/demo/open-shifts?day=morgen');
    expect(bad.status).toBe(400);
  });

  it('leaves draft weeks out', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY }, { status: 'draft' });
    expect(await openShifts()).toEqual([]);
  });

  it('says whether an empty list means "still being planned" or "all taken" (issue 13)', async () => {
    const publishedAhead = async () =>
      (
        (await (await server.api(volunteer, 'GET', '/api/centers/demo/open-shifts')).json()) as {
          publishedAhead: boolean;
        }
      ).publishedAhead;
    await givenShift('draft-wed', { date: NEXT_WEDNESDAY }, { status: 'draft' });
    expect(await publishedAhead()).toBe(false);
    const [, laterTuesday = ''] = datesOfIsoWeek(addIsoWeeks(NEXT_WEEK, 1));
    await givenShift('full-tue', { date: laterTuesday, needed: 1 }, { assigned: ['x'] });
    expect(await openShifts()).toEqual([]);
    expect(await publishedAhead()).toBe(true);
  });
});

describe('GET /api/centers/:center/my-shifts', () => {
  it('lists a claimed shift with until when it can be given back', async () => {
    await givenShift('cafe-1', { date: NEXT_WEDNESDAY, start: '09:00', end: '12:00' });
    await givenShift('today-1', { date: TODAY, start: '00:00', end: '23:59' }, { assigned: [volunteer.personId] });
    expect((await claim(volunteer, 'cafe-1')).status).toBe(200);
    await server.weeksProjected();
    const response = await server.api(volunteer, 'GET', '/api/centers/demo/my-shifts');
    expect(response.status).toBe(200);
    const { shifts } = (await response.json()) as {
      shifts: { shiftId: string; mayGiveBack: boolean; giveBackUntil: string; areaName: string | null }[];
    };
    const start = instantOf(NEXT_WEDNESDAY, '09:00', TIME_ZONE);
    expect(shifts.map((s) => [s.shiftId, s.mayGiveBack])).toEqual([
      ['today-1', false],
      ['cafe-1', true],
    ]);
    expect(shifts[1]).toMatchObject({
      areaName: 'cafe',
      giveBackUntil: new Date(start.getTime() - 48 * 3_600_000).toISOString(),
    });
  });
});
