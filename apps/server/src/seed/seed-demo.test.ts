import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  listAbsencesOverlapping,
  listAreaRequirements,
  listAvailabilityOfCenter,
  listQualificationRecordsOfCenter,
  migrateToLatest,
  openDatabase,
  type DatabaseHandle,
} from '@schichtbrett/db';
import {
  datesOfIsoWeek,
  isShiftKey,
  NAME_RULE,
  NOTES_RULE,
  peopleContextOf,
  readWeek,
  REASON_RULE,
  staffingOf,
  textProblemOf,
  todayIn,
  warningContextOf,
  warningsOfWeek,
} from '@schichtbrett/domain';
import { DEMO_AREAS, DEMO_CENTER, DEMO_PEOPLE, DEMO_STAFF, DEMO_TEMPLATE } from './demo-data';
import { seedDemoIfEmpty } from './seed-demo';

describe('seedDemoIfEmpty', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = openDatabase({ file: ':memory:' });
    await migrateToLatest(handle.db);
  });
  afterEach(() => handle.close());

  it('seeds the demo center with this week, the next and the last (finalized), once', async () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const options = { now, demoPasswordHash: '$argon2id$test' };
    expect(await seedDemoIfEmpty(handle.db, options)).toEqual({
      seeded: true,
      rooms: ['week/demo/2026-W48', 'week/demo/2026-W49', 'week/demo/2026-W47'],
    });
    expect(await seedDemoIfEmpty(handle.db, options)).toEqual({ seeded: false });

    const people = await handle.db.selectFrom('people').select('id').execute();
    expect(people).toHaveLength(DEMO_STAFF.length + DEMO_PEOPLE.length);
    const rows = await handle.db
      .selectFrom('sync_updates')
      .selectAll()
      .where('room', '=', 'week/demo/2026-W48')
      .execute();
    expect(rows).toHaveLength(1);
    // The audit trail starts from the same state, so the Verlauf can tell later edits (not the seed).
    const trail = await handle.db
      .selectFrom('update_history')
      .select(['via', 'data'])
      .where('room', '=', 'week/demo/2026-W48')
      .execute();
    expect(trail).toEqual([{ via: 'baseline', data: rows[0]!.data }]);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0]!.data);
    const plan = readWeek(doc);
    expect(plan.meta).toEqual({
      schemaVersion: 1,
      center: 'demo',
      week: '2026-W48',
      kind: 'week',
      status: 'published',
      holidays: {},
      closedDays: {},
    });
    expect(plan.shifts.length).toBeGreaterThan(30);
    const areaIds = new Set<string>(DEMO_AREAS.map((a) => a.id));
    const personIds = new Set<string>(DEMO_PEOPLE.map(([id]) => id));
    for (const shift of plan.shifts) {
      expect(areaIds.has(shift.areaId)).toBe(true);
      for (const id of shift.assigned) expect(personIds.has(id)).toBe(true);
    }
    // A board worth looking at: full shifts, gaps and empty ones.
    const staffing = new Set(plan.shifts.map((shift) => staffingOf(shift)));
    expect([...staffing].sort()).toEqual(['empty', 'full', 'understaffed']);
    // No shift on Sunday; Saturday has the family café.
    expect(plan.shifts.some((s) => s.date === '2026-11-29')).toBe(false);
    expect(plan.shifts.some((s) => s.date === '2026-11-28')).toBe(true);
  });

  it.each([
    // The finalized week is the calendar's last one, also when the board already shows the next.
    [
      'a Sunday evening',
      '2026-12-06T20:30:00+01:00',
      ['week/demo/2026-W50', 'week/demo/2026-W51', 'week/demo/2026-W48'],
    ],
    [
      'a Monday morning',
      '2026-12-07T08:00:00+01:00',
      ['week/demo/2026-W50', 'week/demo/2026-W51', 'week/demo/2026-W49'],
    ],
    ['a Wednesday', '2026-12-09T10:00:00+01:00', ['week/demo/2026-W50', 'week/demo/2026-W51', 'week/demo/2026-W49']],
    [
      'a Saturday morning',
      '2026-12-12T09:00:00+01:00',
      ['week/demo/2026-W51', 'week/demo/2026-W52', 'week/demo/2026-W49'],
    ],
  ])('on %s, publishes a week in which a volunteer finds open shifts of the coming days', async (_, at, rooms) => {
    const now = new Date(at);
    expect(await seedDemoIfEmpty(handle.db, { now, demoPasswordHash: '$argon2id$test' })).toEqual({
      seeded: true,
      rooms,
    });
    const center = await handle.db.selectFrom('centers').select('board_week').executeTakeFirstOrThrow();
    expect(center.board_week).toBe('next-from-saturday');
    const rows = await handle.db.selectFrom('sync_updates').selectAll().where('room', '=', rooms[0]!).execute();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, rows[0]!.data);
    const plan = readWeek(doc);
    expect(plan.meta?.status).toBe('published');
    const today = todayIn(now, DEMO_CENTER.timeZone);
    const openLater = plan.shifts.filter((shift) => shift.date > today && shift.assigned.length < shift.needed);
    expect(openLater.length).toBeGreaterThan(3);
  });

  it("leaves next week a draft and skips the public holidays of the center's state (Hessen)", async () => {
    await seedDemoIfEmpty(handle.db, { now: new Date('2026-12-16T09:00:00Z'), demoPasswordHash: '$argon2id$test' });
    const planOf = async (room: string) => {
      const row = await handle.db
        .selectFrom('sync_updates')
        .select('data')
        .where('room', '=', room)
        .executeTakeFirstOrThrow();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row.data);
      return readWeek(doc);
    };
    expect((await planOf('week/demo/2026-W51')).meta?.status).toBe('published');
    const christmas = await planOf('week/demo/2026-W52');
    expect(christmas.meta).toMatchObject({
      status: 'draft',
      holidays: { '2026-12-25': '1. Weihnachtstag', '2026-12-26': '2. Weihnachtstag' },
    });
    expect(christmas.shifts.filter((s) => s.date === '2026-12-25' || s.date === '2026-12-26')).toEqual([]);
    expect(christmas.shifts.some((s) => s.date === '2026-12-24')).toBe(true);
  });

  it('writes only keys and texts the sync room would accept from a client (ADR 0023)', async () => {
    await seedDemoIfEmpty(handle.db, { now: new Date('2026-11-26T09:00:00Z'), demoPasswordHash: '$argon2id$test' });
    const rows = await handle.db.selectFrom('sync_updates').select('data').execute();
    for (const row of rows) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row.data);
      for (const key of doc.getMap('shifts').keys()) expect(isShiftKey(key), key).toBe(true);
      for (const shift of readWeek(doc).shifts) expect(textProblemOf(shift.notes, NOTES_RULE)).toBeNull();
      for (const name of Object.values(readWeek(doc).meta?.holidays ?? {}))
        expect(textProblemOf(name, REASON_RULE)).toBeNull();
    }
    for (const template of DEMO_TEMPLATE) expect(isShiftKey(template.id), template.id).toBe(true);
    const names = [
      DEMO_CENTER.name,
      ...DEMO_AREAS.map((area) => area.name),
      ...DEMO_PEOPLE.flatMap(([, first, last]) => [first, last]),
      ...DEMO_STAFF.flatMap((staff) => [staff.firstName, staff.lastName]),
    ];
    for (const name of names) expect(textProblemOf(name, NAME_RULE), name).toBeNull();
  });

  it('gives every demo person an account with a role: staff by role, volunteers numbered', async () => {
    await seedDemoIfEmpty(handle.db, { now: new Date('2026-11-26T09:00:00Z'), demoPasswordHash: '$argon2id$test' });
    const rows = await handle.db
      .selectFrom('people')
      .innerJoin('users', 'users.id', 'people.user_id')
      .select(['people.id', 'users.email', 'people.role', 'people.area_ids', 'users.password_hash'])
      .orderBy('users.email')
      .execute();
    expect(rows).toHaveLength(18);
    expect(rows.filter((row) => row.password_hash !== '$argon2id$test')).toEqual([]);
    const byEmail = new Map(rows.map((row) => [row.email, row]));
    expect(byEmail.get('koordination@demo.test')).toMatchObject({ role: 'coordinator' });
    expect(byEmail.get('bereichsleitung@demo.test')).toMatchObject({
      role: 'team-lead',
      area_ids: JSON.stringify(['demo-cafe', 'demo-fruehstueck']),
    });
    expect(byEmail.get('ehrenamt@demo.test')).toMatchObject({ role: 'volunteer' });
    expect(byEmail.get('ehrenamt01@demo.test')).toMatchObject({ id: 'demo-anna', role: 'volunteer' });
    expect(byEmail.get('ehrenamt15@demo.test')).toMatchObject({ id: 'demo-olga', role: 'volunteer' });
  });

  it("gives the demo board's people context something to warn about, and no more", async () => {
    await seedDemoIfEmpty(handle.db, { now: new Date('2026-11-26T09:00:00Z'), demoPasswordHash: '$argon2id$test' });
    const center = await handle.db.selectFrom('centers').select('id').executeTakeFirstOrThrow();
    const weekDates = datesOfIsoWeek({ year: 2026, week: 48 });
    const context = peopleContextOf({
      week: '2026-W48',
      weekDates,
      rules: {},
      records: await listQualificationRecordsOfCenter(handle.db, center.id),
      absences: await listAbsencesOverlapping(handle.db, { centerId: center.id, from: '2026-11-23', to: '2026-11-29' }),
      availability: await listAvailabilityOfCenter(handle.db, center.id),
      requirements: await listAreaRequirements(handle.db, center.id),
      withReasons: true,
    });
    const row = await handle.db
      .selectFrom('sync_updates')
      .select('data')
      .where('room', '=', 'week/demo/2026-W48')
      .executeTakeFirstOrThrow();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.data);
    const warnings = [...warningsOfWeek(readWeek(doc).shifts, warningContextOf(context)).values()].flat();
    const about = (kind: string) =>
      warnings
        .filter((w) => w.kind === kind)
        .map((w) => ('personId' in w ? w.personId : ''))
        .sort();
    // Olga's Belehrung ran out (café Wed, Thu), Ben never had one (café Sat), Karin is away on Friday.
    expect(about('missing-qualification')).toEqual(['demo-ben', 'demo-olga', 'demo-olga']);
    expect(warnings).toContainEqual({
      kind: 'absent',
      personId: 'demo-karin',
      regular: false,
      until: '2026-12-04',
      reason: 'Urlaub',
    });
    expect(about('absent')).toEqual(['demo-karin']);
  });
});
