import { describe, expect, it } from 'vitest';
import { asOfIn } from './as-of';

describe('asOfIn', () => {
  it('names the date and time in the center’s zone, across the change to winter time', () => {
    expect(asOfIn(new Date('2026-12-09T09:00:00Z'), 'Europe/Berlin', 'de')).toEqual({
      date: '9. Dezember 2026',
      time: '10:00',
    });
    // 23:30 UTC on 24 October is already the 25th in Berlin (summer time, +2).
    expect(asOfIn(new Date('2026-10-24T22:30:00Z'), 'Europe/Berlin', 'de')).toEqual({
      date: '25. Oktober 2026',
      time: '00:30',
    });
  });
});
