import { describe, expect, it } from 'vitest';
import { coverageLevelText, hoursText, suggestionReason, workloadText } from './gap-words';

const suggestion = (patch = {}) => ({
  personId: 'anna',
  name: 'Anna M.',
  availability: { kind: 'unknown' as const },
  workload: { shifts: 0, minutes: 0 },
  ...patch,
});

describe('gap words', () => {
  it('says hours with at most one decimal', () => {
    expect(hoursText(360, 'de-DE')).toBe('6 Std.');
    expect(hoursText(270, 'de-DE')).toBe('4,5 Std.');
  });

  it('says the recent work, with the singular for one shift', () => {
    expect(workloadText({ shifts: 0, minutes: 0 }, 'de-DE')).toBe('keine Schicht in den letzten 4 Wochen');
    expect(workloadText({ shifts: 1, minutes: 180 }, 'de-DE')).toBe('1 Schicht (3 Std.) in den letzten 4 Wochen');
    expect(workloadText({ shifts: 2, minutes: 360 }, 'de-DE')).toBe('2 Schichten (6 Std.) in den letzten 4 Wochen');
  });

  it('gives the reason: the slots of the day, then the recent work', () => {
    const fits = suggestion({
      availability: { kind: 'fits', slots: [{ weekday: 1, start: '06:00', end: '12:00', part: 'vormittags' }] },
      workload: { shifts: 2, minutes: 360 },
    });
    expect(suggestionReason(fits, '2026-11-23', 'de-DE')).toBe(
      'verfügbar Mo vormittags · 2 Schichten (6 Std.) in den letzten 4 Wochen',
    );
    expect(suggestionReason(suggestion(), '2026-11-23', 'de-DE')).toBe(
      'keine Verfügbarkeit angegeben · keine Schicht in den letzten 4 Wochen',
    );
  });

  it('words every coverage level', () => {
    expect(['none', 'empty', 'partial', 'full'].map((l) => coverageLevelText(l as 'none'))).toEqual([
      'keine Schicht',
      'niemand eingetragen',
      'teilweise besetzt',
      'voll besetzt',
    ]);
  });
});
