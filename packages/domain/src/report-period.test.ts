import { describe, expect, it } from 'vitest';
import { datesOfPeriod, isoWeeksOfPeriod, monthsOfPeriod, parseReportPeriod, weekLabelOf } from './report-period';

describe('report period', () => {
  it('accepts whole months from–to and refuses the rest', () => {
    expect(parseReportPeriod('2026-11', '2027-01')).toEqual({ ok: true, period: { from: '2026-11', to: '2027-01' } });
    expect(parseReportPeriod('2026-11', '2026-11').ok).toBe(true);
    expect(parseReportPeriod('2026-13', '2026-12')).toEqual({ ok: false, reason: 'month-format' });
    expect(parseReportPeriod('2026-1', '2026-12')).toEqual({ ok: false, reason: 'month-format' });
    expect(parseReportPeriod(undefined, '2026-12')).toEqual({ ok: false, reason: 'month-format' });
    expect(parseReportPeriod('2026-12', '2026-11')).toEqual({ ok: false, reason: 'to-before-from' });
    expect(parseReportPeriod('2000-01', '2026-11')).toEqual({ ok: false, reason: 'too-long' });
  });

  it('lists months across a year end, and the first and last day', () => {
    expect(monthsOfPeriod({ from: '2026-11', to: '2027-02' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(datesOfPeriod({ from: '2028-01', to: '2028-02' })).toEqual({ first: '2028-01-01', last: '2028-02-29' });
  });

  it('lists the ISO weeks with a day in the period', () => {
    // 1 Nov 2026 is the Sunday of W44; 30 Nov is the Monday of W49.
    expect(isoWeeksOfPeriod({ from: '2026-11', to: '2026-11' })).toEqual([
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
      '2026-W49',
    ]);
    // 1 Jan 2027 is a Friday of 2026-W53.
    expect(isoWeeksOfPeriod({ from: '2027-01', to: '2027-01' })[0]).toBe('2026-W53');
    expect(weekLabelOf('2026-W07')).toBe('KW 7');
  });
});
