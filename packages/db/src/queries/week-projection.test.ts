import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../index';
import { findWeekStatus, listShiftsOfPerson, listWeekShifts, replaceWeekProjectionSync } from './week-projection';

let handle: DatabaseHandle;
let centerId: number;

const shift = (id: string, date: string, assignees: [string, number][] = [], cancelled: string | null = null) => ({
  id,
  areaId: 'cafe',
  date,
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  cancelled,
  assignees: assignees.map(([personId, assignedAt]) => ({ personId, assignedAt, standInSince: null })),
});

beforeEach(async () => {
  handle = openDatabase({ file: ':memory:' });
  await migrateToLatest(handle.db);
  const center = await handle.db
    .insertInto('centers')
    .values({ slug: 'demo', name: 'Demo', time_zone: 'Europe/Berlin', state_code: 'HE' })
    .returning(['id', 'claim_cutoff_hours', 'fuehrungszeugnis_years'])
    .executeTakeFirstOrThrow();
  expect(center).toMatchObject({ claim_cutoff_hours: 48, fuehrungszeugnis_years: 5 });
  centerId = center.id;
  await handle.db
    .insertInto('areas')
    .values({ id: 'cafe', center_id: centerId, name: 'Café', color: '#336699', position: 0 })
    .execute();
});

afterEach(async () => {
  await handle.close();
});

describe('the week projection queries', () => {
  it('replaces one week at a time and reads it back', async () => {
    replaceWeekProjectionSync(handle.sqlite, {
      centerId,
      week: '2026-W48',
      status: 'published',
      shifts: [
        shift('a', '2026-11-24', [
          ['anna', 2],
          ['ben', 1],
        ]),
        shift('b', '2026-11-23', [['anna', 3]], 'Streik'),
      ],
    });
    replaceWeekProjectionSync(handle.sqlite, {
      centerId,
      week: '2026-W49',
      status: 'draft',
      shifts: [shift('c', '2026-11-30', [['anna', 4]])],
    });
    expect(await findWeekStatus(handle.db, centerId, '2026-W48')).toBe('published');
    expect(await findWeekStatus(handle.db, centerId, '2026-W50')).toBeNull();
    const week = await listWeekShifts(handle.db, centerId, '2026-W48');
    expect(week.map((s) => [s.id, s.cancelled, s.assignees.map((a) => a.person_id)])).toEqual([
      ['b', 'Streik', ['anna']],
      ['a', null, ['ben', 'anna']],
    ]);
    const annas = await listShiftsOfPerson(handle.db, {
      centerId,
      personId: 'anna',
      fromDate: '2026-11-24',
      toDate: '2026-12-31',
    });
    expect(annas.map((s) => [s.id, s.week, s.status, s.area_name, s.assigned_at])).toEqual([
      ['a', '2026-W48', 'published', 'Café', 2],
      ['c', '2026-W49', 'draft', 'Café', 4],
    ]);

    // Rewriting a week drops what it no longer has, assignments included, and leaves other weeks alone.
    const outcome = replaceWeekProjectionSync(handle.sqlite, {
      centerId,
      week: '2026-W48',
      status: 'draft',
      shifts: [shift('b', '2026-11-23'), shift('c', '2026-11-25')],
    });
    expect(outcome.conflictingShiftIds).toEqual(['c']);
    expect((await listWeekShifts(handle.db, centerId, '2026-W48')).map((s) => [s.id, s.assignees])).toEqual([
      ['b', []],
    ]);
    expect(handle.sqlite.prepare('SELECT shift_id, person_id FROM shift_assignments').all()).toEqual([
      { shift_id: 'c', person_id: 'anna' },
    ]);
    expect(await findWeekStatus(handle.db, centerId, '2026-W48')).toBe('draft');
  });

  it('changes nothing when a row cannot be stored', () => {
    replaceWeekProjectionSync(handle.sqlite, {
      centerId,
      week: '2026-W48',
      status: 'draft',
      shifts: [shift('a', '2026-11-24')],
    });
    const broken = { ...shift('b', '2026-11-24'), date: null as unknown as string };
    expect(() =>
      replaceWeekProjectionSync(handle.sqlite, { centerId, week: '2026-W48', status: 'published', shifts: [broken] }),
    ).toThrow();
    expect(handle.sqlite.prepare('SELECT id FROM week_shifts').all()).toEqual([{ id: 'a' }]);
    expect(handle.sqlite.prepare('SELECT status FROM weeks').all()).toEqual([{ status: 'draft' }]);
  });

  it('goes with its center', async () => {
    replaceWeekProjectionSync(handle.sqlite, {
      centerId,
      week: '2026-W48',
      status: 'draft',
      shifts: [shift('a', '2026-11-24', [['anna', 1]])],
    });
    await handle.db.deleteFrom('centers').execute();
    for (const table of ['weeks', 'week_shifts', 'shift_assignments'])
      expect(handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });
});
