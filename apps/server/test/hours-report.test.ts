/**
 * The hours report over HTTP (issue 6) against a real server and SQLite file: record rows are inserted
 * directly (finalizing is another part of the issue), then the JSON, the CSV file and the refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_COLORS } from '@schichtbrett/domain';
import type { HoursReportResponse } from '../src/api/reports';
import { createSession, SESSION_COOKIE } from '../src/auth/sessions';
import { request } from './support/auth-client';
import { startAuthTestServer, type AuthTestServer } from './support/auth-server';

const REPORT = '/api/centers/demo/reports/hours';

describe('hours report API', () => {
  let test: AuthTestServer;
  let coordinator: string;
  let teamLead: string;

  async function cookieOf(userId: string): Promise<string> {
    const { token } = await createSession(test.database.db, { userId, now: test.clock.now() });
    return `${SESSION_COOKIE}=${token}`;
  }

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await cookieOf('user-demo-sabine');
    teamLead = await cookieOf('user-demo-markus');
    const db = test.database.db;
    const { id: centerId } = await db
      .selectFrom('centers')
      .select('id')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    // November 2025: W45 and W46 finalized, W47 planned but open; the other weeks were never planned.
    await db
      .insertInto('weeks')
      .values(['2025-W45', '2025-W46', '2025-W47'].map((week) => ({ center_id: centerId, week, status: 'published' })))
      .execute();
    await db
      .insertInto('week_records')
      .values(['2025-W45', '2025-W46'].map((week) => ({ center_id: centerId, week, finalized_by: 'demo-sabine' })))
      .execute();
    const shift = (id: string, week: string, date: string, start: string, end: string, needed: number) => ({
      center_id: centerId,
      week,
      id,
      area_id: 'cafe',
      area_name: 'Café; Treff',
      date,
      start_time: start,
      end_time: end,
      needed,
      cancelled: null,
    });
    await db
      .insertInto('record_shifts')
      .values([
        shift('r1', '2025-W45', '2025-11-03', '09:00', '12:00', 2),
        shift('r2', '2025-W46', '2025-11-10', '14:00', '15:30', 1),
      ])
      .execute();
    const row = (
      shiftId: string,
      personId: string,
      personName: string,
      status: string,
      actualEnd: string | null = null,
    ) => ({
      center_id: centerId,
      shift_id: shiftId,
      person_id: personId,
      person_name: personName,
      status,
      actual_start: null,
      actual_end: actualEnd,
    });
    await db
      .insertInto('record_attendance')
      .values([
        row('r1', 'p-anna', 'Müller; Anna', 'present'), // 180 min
        row('r1', 'p-ben', 'Ben "Benni" Maier', 'no-show'),
        row('r2', 'p-anna', 'Müller; Anna', 'present', '16:00'), // 14:00–16:00 = 120 min
        row('r2', 'p-gone', '=Gisela Weg', 'stand-in'), // left the center; 90 min
      ])
      .execute();
  });
  afterAll(() => test.close());

  const get = (query: string, cookie: string | null = coordinator) =>
    request(test.url, 'GET', `${REPORT}${query}`, { cookie });

  it('answers the totals from the record and names the weeks not finalized', async () => {
    const response = await get('?from=2025-11&to=2025-11');
    expect(response.status).toBe(200);
    const body = (await response.json()) as HoursReportResponse;
    expect(body.period).toEqual({ from: '2025-11', to: '2025-11' });
    expect(body.finalizedWeeks).toEqual(['2025-W45', '2025-W46']);
    expect(body.unfinalizedWeeks).toEqual(['2025-W47']);
    // 180 + 120 + 90 = 390 min; 2 shifts covered; places 1 of 2 + 1 of 1 = 2/3; open 180 + 90.
    expect(body.totals).toEqual({
      minutesByMonth: { '2025-11': 390 },
      minutes: 390,
      shifts: 2,
      shiftsCovered: 2,
      neededPlaces: 3,
      filledPlaces: 2,
      coverageRate: 2 / 3,
      openMinutesCovered: 270,
    });
    // The record's area is no longer among the center's: it is charted in a palette colour all the same.
    expect(body.areas.map((area) => [area.areaName, area.color])).toEqual([['Café; Treff', AREA_COLORS[0]]]);
    expect(body.people).toEqual([
      { personId: 'p-gone', personName: '=Gisela Weg', year: '2025', minutes: 90, shifts: 1 },
      { personId: 'p-anna', personName: 'Müller; Anna', year: '2025', minutes: 300, shifts: 2 },
    ]);
  });

  it('counts nothing outside the period', async () => {
    const body = (await (await get('?from=2025-12&to=2026-01')).json()) as HoursReportResponse;
    expect(body.totals.minutes).toBe(0);
    expect(body.areas).toEqual([]);
    expect(body.months).toEqual(['2025-12', '2026-01']);
  });

  it('downloads a CSV that German Excel and LibreOffice open: BOM, ";", decimal comma, CRLF, quoted names', async () => {
    const response = await get('?from=2025-11&to=2025-11&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="stundenbericht-demo-2025-11-bis-2025-11.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const lines = text.split('\r\n');
    expect(lines).toContain('Noch nicht abgeschlossen;KW 47');
    expect(lines).toContain('Bereich;11/2025;Summe');
    expect(lines).toContain('"Café; Treff";6,50;6,50');
    expect(lines).toContain('Summe;6,50;6,50');
    expect(lines).toContain('"Müller; Anna";2025;5,00;2');
    // A leading "=" would run as a formula.
    expect(lines).toContain("'=Gisela Weg;2025;1,50;1");
    expect(lines).toContain('"Café; Treff";2;2;3;2;66,7;4,50');
  });

  it('refuses a malformed period or format with a German 400', async () => {
    for (const query of [
      '',
      '?from=2025-11',
      '?from=2025-13&to=2025-12',
      '?from=2025-11&to=2025-10',
      '?from=2025-11&to=2025-11&format=xlsx',
    ]) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('invalid-input');
      expect(body.message).toMatch(/Monat|Zeitraum|Format/);
    }
  });

  it('is for coordinators: a team lead is refused', async () => {
    const response = await get('?from=2025-11&to=2025-11', teamLead);
    expect(response.status).toBe(403);
    expect((await get('?from=2025-11&to=2025-11', null)).status).toBe(401);
  });
});
