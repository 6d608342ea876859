import { describe, expect, it } from 'vitest';
import { dateRangeLabel as formatRange, dayLabel, weekdayShort } from './dates';

/** Intl puts thin spaces around the range dash; compare with plain ones. */
const dateRangeLabel = (...args: Parameters<typeof formatRange>) => formatRange(...args).replace(/\s/gu, ' ');

describe('dateRangeLabel', () => {
  it('writes a week as German readers expect', () => {
    expect(dateRangeLabel('2026-11-23', '2026-11-28', 'de-DE')).toBe('23.–28. November 2026');
    expect(dateRangeLabel('2026-11-30', '2026-12-05', 'de-DE')).toBe('30. November – 5. Dezember 2026');
    expect(dateRangeLabel('2026-12-28', '2027-01-02', 'de-DE')).toBe('28. Dezember 2026 – 2. Januar 2027');
  });

  it('speaks English too', () => {
    expect(dateRangeLabel('2026-11-23', '2026-11-28', 'en-GB')).toMatch(/^23\s?–\s?28 November 2026$/);
  });
});

describe('dayLabel', () => {
  it('names the weekday and date', () => {
    expect(dayLabel('2026-11-23', 'de-DE')).toBe('Montag, 23.11.');
  });
});

describe('weekdayShort', () => {
  it('gives the two letters of a German day picker, without the dot', () => {
    expect(['2026-12-07', '2026-12-08', '2026-12-13'].map((date) => weekdayShort(date, 'de-DE'))).toEqual([
      'Mo',
      'Di',
      'So',
    ]);
    expect(weekdayShort('2026-12-07', 'en-GB')).toBe('Mon');
  });
});
