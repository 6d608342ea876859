import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { boardWeekAt, centerSettingsSchema, formatOpeningDays, parseOpeningDays } from './center-settings';

describe('opening days', () => {
  it('round-trips in weekday order and never reads as no day at all', () => {
    expect(formatOpeningDays([7, 6])).toBe('6,7');
    expect(parseOpeningDays('6,7')).toEqual([6, 7]);
    expect(parseOpeningDays('')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseOpeningDays('9,x')).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('boardWeekAt', () => {
  // Friday 2026-12-04 and Sunday 2026-12-06 are in W49; Monday 2026-12-07 starts W50.
  const friday = new Date('2026-12-04T10:00:00+01:00');
  const sundayEvening = new Date('2026-12-06T20:30:00+01:00');
  const monday = new Date('2026-12-07T08:00:00+01:00');

  it('opens on the current week, or the next one from the chosen weekday on', () => {
    expect(boardWeekAt(friday, 'Europe/Berlin', 'current')).toEqual({ year: 2026, week: 49 });
    expect(boardWeekAt(friday, 'Europe/Berlin', 'next-from-friday')).toEqual({ year: 2026, week: 50 });
    expect(boardWeekAt(friday, 'Europe/Berlin', 'next-from-saturday')).toEqual({ year: 2026, week: 49 });
    expect(boardWeekAt(sundayEvening, 'Europe/Berlin', 'next-from-sunday')).toEqual({ year: 2026, week: 50 });
    expect(boardWeekAt(monday, 'Europe/Berlin', 'next-from-friday')).toEqual({ year: 2026, week: 50 });
  });

  it('counts the weekday on the center’s wall clock', () => {
    // 23:30 UTC on Saturday is already Sunday in Berlin.
    expect(boardWeekAt(new Date('2026-12-05T23:30:00Z'), 'Europe/Berlin', 'next-from-sunday')).toEqual({
      year: 2026,
      week: 50,
    });
  });
});

describe('centerSettingsSchema', () => {
  it('cleans text and sorts the days', () => {
    const parsed = v.parse(centerSettingsSchema, {
      name: '  Lindenhof ',
      address: '',
      contact: '',
      stateCode: 'BY',
      openingDays: [7, 3, 3],
      claimCutoffHours: 0,
      fuehrungszeugnisYears: 5,
      boardWeek: 'current',
    });
    expect(parsed).toMatchObject({ name: 'Lindenhof', openingDays: [3, 7] });
  });
});
