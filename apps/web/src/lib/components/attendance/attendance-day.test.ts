import { describe, expect, it } from 'vitest';
import { attendanceStartDay } from './attendance-day';

const WEEK = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
const on = (date: string, cancelled?: string) => (cancelled === undefined ? { date } : { date, cancelled });

describe('attendanceStartDay', () => {
  it('opens on the first day that has shifts, not on an empty Monday', () => {
    expect(attendanceStartDay(WEEK, [on('2026-12-03'), on('2026-12-01')], '2026-12-07')).toBe('2026-12-01');
  });

  it('opens on today when today has shifts', () => {
    expect(attendanceStartDay(WEEK.slice(0, 4), [on('2026-12-01'), on('2026-12-03')], '2026-12-03')).toBe('2026-12-03');
  });

  it('passes over an empty today and days whose only shift was called off', () => {
    const shifts = [on('2026-11-30', 'Feiertag'), on('2026-12-02')];
    expect(attendanceStartDay(WEEK, shifts, '2026-12-06')).toBe('2026-12-02');
  });

  it('falls back to today, then the first day, when no day has shifts', () => {
    expect(attendanceStartDay(WEEK.slice(0, 3), [], '2026-12-02')).toBe('2026-12-02');
    expect(attendanceStartDay(WEEK, [], '2026-12-09')).toBe('2026-11-30');
    expect(attendanceStartDay([], [], '2026-12-09')).toBeUndefined();
  });
});
