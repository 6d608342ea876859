/**
 * The hours report (`GET /api/centers/:center/reports/hours`, docs/api.md "Hours report"): decoded at the
 * boundary into the domain's report shape; the CSV is the same address with `format=csv`, downloaded by
 * the browser itself.
 */
import type { ChartedAreaHours, HoursReport, PersonYearHours, ReportPeriod } from '@schichtbrett/domain';
import { ApiError } from './centers';

type Fetch = typeof fetch;

export type HoursReportAnswer = Omit<HoursReport, 'areas'> & {
  areas: ChartedAreaHours[];
  centerName: string;
  period: ReportPeriod;
  finalizedWeeks: string[];
  unfinalizedWeeks: string[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
}

function minutesByMonth(value: unknown, months: readonly string[]): Record<string, number> | null {
  if (!isRecord(value)) return null;
  return months.every((m) => isCount(value[m])) ? Object.fromEntries(months.map((m) => [m, value[m] as number])) : null;
}

function decodeTotals(value: unknown, months: readonly string[]): HoursReport['totals'] | null {
  if (!isRecord(value)) return null;
  const byMonth = minutesByMonth(value.minutesByMonth, months);
  const counts = ['minutes', 'shifts', 'shiftsCovered', 'neededPlaces', 'filledPlaces', 'openMinutesCovered'] as const;
  if (!byMonth || !counts.every((key) => isCount(value[key]))) return null;
  const rate = value.coverageRate;
  if (rate !== null && !isCount(rate)) return null;
  return {
    minutesByMonth: byMonth,
    minutes: value.minutes as number,
    shifts: value.shifts as number,
    shiftsCovered: value.shiftsCovered as number,
    neededPlaces: value.neededPlaces as number,
    filledPlaces: value.filledPlaces as number,
    coverageRate: rate,
    openMinutesCovered: value.openMinutesCovered as number,
  };
}

function decodeArea(value: unknown, months: readonly string[]): ChartedAreaHours | null {
  const totals = decodeTotals(value, months);
  if (!totals || !isRecord(value)) return null;
  const { areaId, areaName, color } = value;
  if (typeof areaId !== 'string' || typeof areaName !== 'string' || typeof color !== 'string') return null;
  return { areaId, areaName, color, ...totals };
}

function decodePerson(value: unknown): PersonYearHours | null {
  if (!isRecord(value)) return null;
  const { personId, personName, year, minutes, shifts } = value;
  if (typeof personId !== 'string' || typeof personName !== 'string' || typeof year !== 'string') return null;
  if (!isCount(minutes) || !isCount(shifts)) return null;
  return { personId, personName, year, minutes, shifts };
}

/** The whole answer, or null when any part of it is unusable (a half-read report would mislead). */
export function decodeHoursReport(body: unknown): HoursReportAnswer | null {
  if (!isRecord(body) || !isRecord(body.period) || !isRecord(body.center)) return null;
  const months = strings(body.months);
  const finalizedWeeks = strings(body.finalizedWeeks);
  const unfinalizedWeeks = strings(body.unfinalizedWeeks);
  const { from, to } = body.period;
  if (!months || !finalizedWeeks || !unfinalizedWeeks || typeof from !== 'string' || typeof to !== 'string')
    return null;
  if (!Array.isArray(body.areas) || !Array.isArray(body.people)) return null;
  const areas = body.areas.map((area) => decodeArea(area, months));
  const people = body.people.map(decodePerson);
  const totals = decodeTotals(body.totals, months);
  if (!totals || areas.includes(null) || people.includes(null)) return null;
  return {
    centerName: typeof body.center.name === 'string' ? body.center.name : '',
    period: { from, to },
    months,
    areas: areas as ChartedAreaHours[],
    people: people as PersonYearHours[],
    totals,
    finalizedWeeks,
    unfinalizedWeeks,
  };
}

/** The report's address; `csv` for the file download. */
export function hoursReportPath(center: string, period: ReportPeriod, format: 'json' | 'csv' = 'json'): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  if (format === 'csv') query.set('format', 'csv');
  return `/api/centers/${encodeURIComponent(center)}/reports/hours?${query}`;
}

/** 401, 403 and anything unusable are thrown as `ApiError` for the page's load. */
export async function fetchHoursReport(
  fetchFn: Fetch,
  center: string,
  period: ReportPeriod,
): Promise<HoursReportAnswer> {
  const path = hoursReportPath(center, period);
  const response = await fetchFn(path, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  const report = response.status === 200 ? decodeHoursReport(body) : null;
  if (!report) throw new ApiError(`unexpected answer from ${path}`, response.status);
  return report;
}
