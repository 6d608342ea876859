import { describe, expect, it } from 'vitest';
import {
  absenceSpan,
  fullDate,
  slotInWords,
  supersededIds,
  sortSlots,
  upcomingAbsences,
  validityInWords,
  weekdayWord,
} from './record-words';

const today = '2026-11-26';
const until = (validUntil: string) => ({ validity: 'until' as const, validUntil });

describe('record words', () => {
  it('writes dates the German way', () => {
    expect(fullDate('2031-03-12', 'de-DE')).toBe('12.03.2031');
    expect(fullDate('2031-03-12', 'en-GB')).toBe('12/03/2031');
  });

  it('says how long a Nachweis still counts', () => {
    expect(validityInWords(until('2031-03-12'), today, 'de-DE')).toEqual({
      text: 'gültig bis 12.03.2031',
      tone: 'valid',
    });
    // Counts 35 more days, stops on the 36th: within the coordinators' 8 weeks.
    expect(validityInWords(until('2026-12-31'), today, 'de-DE')).toEqual({
      text: 'läuft in 5 Wochen ab (gilt bis 31.12.2026)',
      tone: 'expiring',
    });
    expect(validityInWords(until('2026-12-01'), today, 'de-DE').text).toBe('läuft in 6 Tagen ab (gilt bis 01.12.2026)');
    expect(validityInWords(until('2026-11-27'), today, 'de-DE').text).toBe('gilt nur noch bis morgen (27.11.2026)');
    expect(validityInWords(until(today), today, 'de-DE').text).toBe('gilt heute zum letzten Mal (26.11.2026)');
    expect(validityInWords(until('2026-11-25'), today, 'de-DE')).toEqual({
      text: 'abgelaufen (galt bis 25.11.2026)',
      tone: 'expired',
    });
    // Exactly 8 weeks ahead is outside the window, as on the server's list.
    expect(validityInWords(until('2027-01-21'), today, 'de-DE').tone).toBe('valid');
    expect(validityInWords({ validity: 'never', validUntil: null }, today, 'de-DE')).toEqual({
      text: 'mit Eintrag – berechtigt nicht',
      tone: 'never',
    });
    expect(validityInWords({ validity: 'no-expiry', validUntil: null }, today, 'de-DE').text).toBe(
      'gültig, läuft nicht ab',
    );
  });

  it('marks a record renewed by a longer-lasting one of the same kind', () => {
    const items = [
      { id: 'old', kind: 'hygiene' as const, validity: 'until' as const, validUntil: '2025-03-09' },
      { id: 'new', kind: 'hygiene' as const, validity: 'until' as const, validUntil: '2028-03-09' },
      { id: 'fz', kind: 'fuehrungszeugnis' as const, validity: 'until' as const, validUntil: '2027-01-01' },
      { id: 'fz-entries', kind: 'fuehrungszeugnis' as const, validity: 'never' as const, validUntil: null },
    ];
    expect([...supersededIds(items)]).toEqual(['old']);
  });

  it('words availability slots and sorts them Monday first', () => {
    expect(weekdayWord(1, 'de-DE')).toBe('Montag');
    expect(weekdayWord(7, 'de-DE')).toBe('Sonntag');
    expect(slotInWords({ weekday: 1, kind: 'part-of-day', part: 'vormittags' }, 'de-DE')).toBe('Montag vormittags');
    expect(slotInWords({ weekday: 3, kind: 'time', start: '14:00', end: '18:30' }, 'de-DE')).toBe(
      'Mittwoch 14:00–18:30 Uhr',
    );
    const sorted = sortSlots([
      { weekday: 3, kind: 'part-of-day', part: 'abends' },
      { weekday: 1, kind: 'part-of-day', part: 'nachmittags' },
      { weekday: 1, kind: 'part-of-day', part: 'vormittags' },
    ]);
    expect(sorted.map((slot) => slotInWords(slot, 'de-DE'))).toEqual([
      'Montag vormittags',
      'Montag nachmittags',
      'Mittwoch abends',
    ]);
  });

  it('shows absences not yet over, soonest first', () => {
    expect(absenceSpan({ from: '2026-12-20', to: '2027-01-03' }, 'de-DE')).toBe('20.12.2026 – 03.01.2027');
    expect(absenceSpan({ from: '2026-12-20', to: '2026-12-20' }, 'de-DE')).toBe('20.12.2026');
    const list = [
      { id: 'c', from: '2027-02-01', to: '2027-02-02' },
      { id: 'a', from: '2026-10-01', to: '2026-10-05' },
      { id: 'b', from: '2026-11-20', to: today },
    ];
    expect(upcomingAbsences(list, today).map((a) => a.id)).toEqual(['b', 'c']);
  });
});
