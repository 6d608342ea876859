/**
 * A fresh demo has a past week that was finalized (issue 13, part A): the hours report of its month shows
 * hours, the Verlauf tells the coordinator's attendance and the finalize, and the week reads as the
 * record. Real server on the test clock (Thursday 2026-11-26): the past week is 2026-W47, in November.
 */
import type { WeekHistoryResponse } from '@schichtbrett/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

const PAST_WEEK = '2026-W47';

describe('the demo’s finalized past week', () => {
  let test: AuthTestServer;
  let coordinator: string;

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
  });
  afterAll(() => test.close());

  const get = async <T>(path: string): Promise<T> => {
    const response = await request(test.url, 'GET', path, { cookie: coordinator });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  it('gives the hours report of its month hours, from the record alone', async () => {
    const report = await get<{
      finalizedWeeks: string[];
      totals: { minutes: number; shiftsCovered: number };
      people: { personId: string; minutes: number }[];
    }>('/api/centers/demo/reports/hours?from=2026-11&to=2026-11');
    expect(report.finalizedWeeks).toEqual([PAST_WEEK]);
    expect(report.totals.minutes).toBeGreaterThan(60 * 20);
    expect(report.totals.shiftsCovered).toBeGreaterThan(10);
    // Petra stood in once: her hours count; the record holds a no-show too.
    expect(report.people.find((person) => person.personId === 'demo-petra')?.minutes).toBeGreaterThan(0);
    const statuses = await test.database.db
      .selectFrom('record_attendance')
      .select('status')
      .where('status', '!=', 'present')
      .execute();
    expect(statuses.map((row) => row.status).sort()).toEqual(['no-show', 'stand-in']);
    // Petra holds no Nachweis: she stands in only where none is required.
    const standIn = await test.database.db
      .selectFrom('record_attendance')
      .innerJoin('record_shifts', 'record_shifts.id', 'record_attendance.shift_id')
      .select(['record_attendance.person_id as personId', 'record_shifts.area_id as areaId'])
      .where('record_attendance.status', '=', 'stand-in')
      .executeTakeFirstOrThrow();
    expect(standIn.personId).toBe('demo-petra');
    const required = await test.database.db
      .selectFrom('area_requirements')
      .select('kind')
      .where('area_id', '=', standIn.areaId)
      .execute();
    expect(required).toEqual([]);
  });

  it('tells in the Verlauf who recorded attendance and finalized the week', async () => {
    const history = await get<WeekHistoryResponse>(`/api/centers/demo/weeks/${PAST_WEEK}/history`);
    const told = history.events.map((event) => [event.kind, event.actor?.name ?? null]);
    expect(told).toContainEqual(['attendance-marked', 'Sabine K.']);
    expect(told).toContainEqual(['week-finalized', 'Sabine K.']);
    expect(history.events.some((event) => event.kind === 'shift-created')).toBe(false);
  });

  it('is a finalized, read-only week on the board and in the lists', async () => {
    const weeks = test.database.sqlite
      .prepare<[string], { status: string }>('SELECT status FROM weeks WHERE week = ?')
      .get(PAST_WEEK);
    expect(weeks).toEqual({ status: 'finalized' });
    const record = await test.database.db
      .selectFrom('week_records')
      .select(['finalized_by', 'finalized_at'])
      .where('week', '=', PAST_WEEK)
      .executeTakeFirstOrThrow();
    expect(record.finalized_by).toBe('demo-sabine');
    expect(new Date(record.finalized_at).getTime()).toBeLessThan(test.clock.now().getTime());
  });
});
