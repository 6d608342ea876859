import { describe, expect, it } from 'vitest';
import { publicHolidaysInWeek } from './holidays';

describe('publicHolidaysInWeek', () => {
  it('knows state holidays: Buß- und Bettag in Saxony, not in Berlin', () => {
    // 2026-W47: Mon 16 – Sun 22 November; Buß- und Bettag is Wednesday the 18th.
    expect(publicHolidaysInWeek('SN', { year: 2026, week: 47 })).toEqual({ '2026-11-18': 'Buß- und Bettag' });
    expect(publicHolidaysInWeek('BE', { year: 2026, week: 47 })).toEqual({});
  });

  it('has Fronleichnam in Bavaria and NRW but not in Hamburg', () => {
    const week = { year: 2026, week: 23 }; // Thursday 4 June 2026
    expect(publicHolidaysInWeek('BY', week)).toEqual({ '2026-06-04': 'Fronleichnam' });
    expect(publicHolidaysInWeek('NW', week)).toEqual({ '2026-06-04': 'Fronleichnam' });
    expect(publicHolidaysInWeek('HH', week)).toEqual({});
  });

  it('has Mariä Himmelfahrt in Bavaria (Catholic communes) and the Frauentag in Berlin', () => {
    expect(publicHolidaysInWeek('BY', { year: 2026, week: 33 })).toEqual({ '2026-08-15': 'Mariä Himmelfahrt' });
    expect(publicHolidaysInWeek('BE', { year: 2026, week: 10 })).toEqual({ '2026-03-08': 'Internationaler Frauentag' });
  });

  it('finds holidays of a week that spans two years', () => {
    // 2026-W53: Mon 28 Dec 2026 – Sun 3 Jan 2027.
    expect(publicHolidaysInWeek('NW', { year: 2026, week: 53 })).toEqual({ '2027-01-01': 'Neujahr' });
  });

  it('leaves out observances such as Heiligabend', () => {
    expect(publicHolidaysInWeek('HE', { year: 2026, week: 52 })).toEqual({
      '2026-12-25': '1. Weihnachtstag',
      '2026-12-26': '2. Weihnachtstag',
    });
  });
});
