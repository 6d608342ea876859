import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  isoWeekOfDate,
  isoWeekdayOf,
  parseIsoWeek,
  parseLocalDate,
} from './iso-week';

describe('ISO weeks', () => {
  it('parses only real weeks', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 }); // 2026 has 53 ISO weeks
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-48')).toBeNull();
    expect(parseIsoWeek('2026-W048')).toBeNull();
  });

  it('lists Monday to Sunday, across a year boundary', () => {
    expect(datesOfIsoWeek({ year: 2026, week: 48 })).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(datesOfIsoWeek({ year: 2026, week: 1 })[0]).toBe('2025-12-29');
  });

  it('finds the week of a date, including ISO years that differ from the calendar year', () => {
    expect(isoWeekOfDate('2026-11-26')).toEqual({ year: 2026, week: 48 });
    expect(isoWeekOfDate('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOfDate('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('steps weeks across years', () => {
    expect(formatIsoWeek(addIsoWeeks({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(formatIsoWeek(addIsoWeeks({ year: 2026, week: 1 }, -1))).toBe('2025-W52');
  });

  it('takes "now" on the center’s wall clock', () => {
    // Sunday 23:30 UTC is already Monday in Berlin.
    const now = new Date('2026-11-29T23:30:00Z');
    expect(currentIsoWeek(now, 'Europe/Berlin')).toEqual({ year: 2026, week: 49 });
    expect(currentIsoWeek(now, 'UTC')).toEqual({ year: 2026, week: 48 });
  });

  it('rejects impossible dates and knows weekdays', () => {
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(isoWeekdayOf('2026-11-23')).toBe(1);
    expect(isoWeekdayOf('2026-11-29')).toBe(7);
  });
});
