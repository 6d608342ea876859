import { describe, expect, it } from 'vitest';
import { sheetDaysOf, weekOfDate } from './week-of-date';

describe('weekOfDate', () => {
  it('finds the ISO week of a date, across the turn of the year', () => {
    expect(weekOfDate('2026-11-26')).toBe('2026-W48');
    expect(weekOfDate('2027-01-01')).toBe('2026-W53');
    expect(weekOfDate('2024-12-30')).toBe('2025-W01');
  });

  it('gives nothing for an empty or impossible date', () => {
    expect(weekOfDate('')).toBeNull();
    expect(weekOfDate('2026-02-30')).toBeNull();
  });
});

describe('sheetDaysOf', () => {
  it('offers the opening days', () => {
    expect(sheetDaysOf('2026-W48', [6, 7])).toEqual(['2026-11-28', '2026-11-29']);
    expect(sheetDaysOf('2026-W48', [1, 2, 3, 4, 5, 6])).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ]);
    expect(sheetDaysOf('nonsense', [1])).toEqual([]);
  });
});
