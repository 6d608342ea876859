import { describe, expect, it } from 'vitest';
import { dayInWords, momentInWords, shiftSummary, shortDay, timeSpan } from './shift-words';

const shift = { date: '2026-11-30', start: '09:00', end: '12:30', areaName: 'Café' };

describe('shift words', () => {
  it('says the day in words and in short', () => {
    const today = new Date('2026-11-26T10:00:00Z');
    expect(dayInWords('2026-11-30', 'de-DE', today)).toBe('Montag, 30. November');
    expect(dayInWords('2027-07-12', 'de-DE', today)).toBe('Montag, 12. Juli 2027');
    expect(shortDay('2026-11-30', 'de-DE')).toBe('Mo 30.11.');
    expect(shortDay('2026-11-30', 'en-GB')).toBe('Mon 30/11');
  });

  it('speaks of "9–12:30 Uhr" in German', () => {
    expect(timeSpan(shift, 'de-DE')).toBe('9–12:30 Uhr');
    expect(shiftSummary(shift, 'de-DE')).toBe('Café, Mo 30.11., 9–12:30 Uhr');
  });

  it('names the cut-off in the center’s time zone', () => {
    expect(momentInWords('2026-11-28T08:00:00.000Z', 'de-DE', 'Europe/Berlin')).toBe('Sa 28.11., 9:00');
  });
});
