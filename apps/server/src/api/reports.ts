/**
 * GET /api/centers/:center/reports/hours?from=YYYY-MM&to=YYYY-MM[&format=csv]: the hours report of issue 6
 * for the center's coordinators. Built only from the record of finalized weeks (ADR 0017); it names the
 * planned weeks of the period that are not finalized yet, so nobody mistakes a partial sum for the whole.
 * Team leads are refused: the report lists every person's hours, which is the coordinators' business.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  findCenterBySlug,
  listAreas,
  listFinalizedWeeks,
  listRecordAttendanceBetween,
  listRecordShiftsBetween,
  listUnfinalizedWeeks,
  type Database,
} from '@schichtbrett/db';
import {
  datesOfPeriod,
  hoursReportOf,
  isoWeeksOfPeriod,
  membershipIn,
  parseReportPeriod,
  type AttendanceStatus,
  type ChartedAreaHours,
  type HoursReport,
  type ReportPeriod,
} from '@schichtbrett/domain';
import { withChartColors } from '../report/area-colors';
import { hoursReportCsv } from '../report/hours-csv';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface ReportRoutesOptions {
  db: Kysely<Database>;
}

/** The JSON answer: the report with each area's chart colour, and which weeks of the period it rests on. */
export type HoursReportResponse = Omit<HoursReport, 'areas'> & {
  areas: ChartedAreaHours[];
  center: { slug: string; name: string };
  period: ReportPeriod;
  /** ISO weeks of the period with a record, e.g. ["2026-W45"]. */
  finalizedWeeks: string[];
  /** Planned weeks of the period without a record yet: their hours are missing from the sums. */
  unfinalizedWeeks: string[];
};

const PERIOD_MESSAGES = {
  'month-format': 'Bitte gib den Zeitraum als Monate an: from=JJJJ-MM und to=JJJJ-MM.',
  'to-before-from': 'Der letzte Monat darf nicht vor dem ersten liegen.',
  'too-long': 'Ein Bericht umfasst höchstens zehn Jahre.',
} as const;

export function reportRoutes({ db }: ReportRoutesOptions) {
  return new Hono<ApiEnv>().get('/reports/hours', requireSignIn, async (c) => {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Den Stundenbericht sehen nur Koordinatorinnen und Koordinatoren.');
    }
    const parsed = parseReportPeriod(c.req.query('from'), c.req.query('to'));
    if (!parsed.ok) return apiError(c, 400, 'invalid-input', PERIOD_MESSAGES[parsed.reason]);
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      return apiError(c, 400, 'invalid-input', 'Das Format muss „json“ oder „csv“ sein.');
    }

    const { period } = parsed;
    const range = { centerId: center.id, ...datesOfPeriod(period) };
    const weeks = isoWeeksOfPeriod(period);
    const [shifts, attendance, finalizedWeeks, unfinalizedWeeks, centerAreas] = await Promise.all([
      listRecordShiftsBetween(db, range),
      listRecordAttendanceBetween(db, range),
      listFinalizedWeeks(db, { centerId: center.id, weeks }),
      listUnfinalizedWeeks(db, { centerId: center.id, weeks }),
      listAreas(db, center.id),
    ]);
    const report = hoursReportOf({
      period,
      timeZone: center.time_zone,
      shifts: shifts.map((s) => ({
        id: s.id,
        areaId: s.area_id,
        areaName: s.area_name,
        date: s.date,
        start: s.start_time,
        end: s.end_time,
        needed: s.needed,
        cancelled: s.cancelled,
      })),
      attendance: attendance.map((a) => ({
        shiftId: a.shift_id,
        personId: a.person_id,
        personName: a.person_name,
        // The record only ever holds these three (see the record migration); the domain decides what each counts.
        status: a.status as AttendanceStatus,
        actualStart: a.actual_start,
        actualEnd: a.actual_end,
      })),
    });

    if (format === 'csv') {
      const body = hoursReportCsv({ centerName: center.name, period, report, unfinalizedWeeks });
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="stundenbericht-${center.slug}-${period.from}-bis-${period.to}.csv"`,
      });
    }
    return c.json<HoursReportResponse>({
      ...report,
      areas: withChartColors(report.areas, centerAreas),
      center: { slug: center.slug, name: center.name },
      period,
      finalizedWeeks,
      unfinalizedWeeks,
    });
  });
}
