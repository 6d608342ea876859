import { describe, expect, it } from 'vitest';
import { ApiError } from './centers';
import { decodeHoursReport, fetchHoursReport, hoursReportPath } from './reports';

const figures = {
  minutesByMonth: { '2026-11': 390 },
  minutes: 390,
  shifts: 2,
  shiftsCovered: 2,
  neededPlaces: 3,
  filledPlaces: 2,
  coverageRate: 2 / 3,
  openMinutesCovered: 270,
};
const answer = {
  center: { slug: 'demo', name: 'Sonnenhaus' },
  period: { from: '2026-11', to: '2026-11' },
  months: ['2026-11'],
  areas: [{ areaId: 'cafe', areaName: 'Café', color: '#b45309', ...figures }],
  people: [{ personId: 'anna', personName: 'Anna Kunz', year: '2026', minutes: 390, shifts: 2 }],
  totals: figures,
  finalizedWeeks: ['2026-W45'],
  unfinalizedWeeks: ['2026-W47'],
};

describe('hours report client', () => {
  it('decodes the answer, and refuses one with an unusable part', () => {
    expect(decodeHoursReport(answer)).toMatchObject({ centerName: 'Sonnenhaus', unfinalizedWeeks: ['2026-W47'] });
    expect(decodeHoursReport({ ...answer, people: [{ personId: 'anna' }] })).toBeNull();
    expect(decodeHoursReport({ ...answer, totals: { ...figures, minutesByMonth: {} } })).toBeNull();
    expect(decodeHoursReport({ ...answer, areas: [{ ...answer.areas[0], coverageRate: 'viel' }] })).toBeNull();
    expect(decodeHoursReport({ ...answer, areas: [{ ...answer.areas[0], color: undefined }] })).toBeNull();
  });

  it('builds the JSON and CSV addresses', () => {
    expect(hoursReportPath('demo', { from: '2026-01', to: '2026-11' })).toBe(
      '/api/centers/demo/reports/hours?from=2026-01&to=2026-11',
    );
    expect(hoursReportPath('demo', { from: '2026-01', to: '2026-11' }, 'csv')).toBe(
      '/api/centers/demo/reports/hours?from=2026-01&to=2026-11&format=csv',
    );
  });

  it('throws the status of a refusal for the page load', async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ error: 'forbidden' }), { status: 403 })) as typeof fetch;
    await expect(fetchHoursReport(refusing, 'demo', { from: '2026-11', to: '2026-11' })).rejects.toEqual(
      expect.objectContaining({ status: 403 }),
    );
    await expect(fetchHoursReport(refusing, 'demo', { from: '2026-11', to: '2026-11' })).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
