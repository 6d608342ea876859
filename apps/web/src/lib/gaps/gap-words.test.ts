import { describe, expect, it } from 'vitest';
import type { GapsView } from '@schichtbrett/domain';
import {
  coverageLevelText,
  gapsSummaryText,
  hoursText,
  missingText,
  suggestionReason,
  workloadText,
} from './gap-words';

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

describe('gaps summary (issue 13)', () => {
  const cell = (level: GapsView['heatmap'][number]['cells'][number]['level'], assigned: number, needed: number) => ({
    date: '2026-12-07',
    assigned,
    needed,
    level,
  });
  const view = (cells: ReturnType<typeof cell>[], missing: number[] = [], unqualified: number[] = []): GapsView => ({
    week: '2026-W50',
    status: 'published',
    scope: 'all',
    dates: ['2026-12-07'],
    areas: [],
    heatmap: [{ areaId: 'cafe', cells }],
    gaps: missing.map((count, index) => ({
      shiftId: `s${index}`,
      date: '2026-12-07',
      start: '09:00',
      end: '12:00',
      areaId: 'cafe',
      needed: 2,
      assigned: 2 - count,
      missing: count,
      unqualified: unqualified[index] ?? 0,
      mayAssign: true,
      suggestions: [],
    })),
  });

  it('says "1 von 2 fehlt" in the singular, more in the plural', () => {
    expect(missingText(1, 2)).toBe('1 von 2 fehlt');
    expect(missingText(2, 3)).toBe('2 von 3 fehlen');
  });

  it('says a shift short only of a Nachweis apart, never "0 Leute" (ADR 30)', () => {
    expect(gapsSummaryText(view([cell('full', 2, 2)], [0], [1]))).toBe(
      'Bei 1 Schicht fehlt jemandem ein gültiger Nachweis.',
    );
    expect(gapsSummaryText(view([cell('partial', 1, 2)], [1, 0, 0], [0, 1, 2]))).toBe(
      '1 Schicht braucht noch 1 Person. Bei 2 Schichten fehlt jemandem ein gültiger Nachweis.',
    );
  });

  it('counts the gaps the list shows', () => {
    expect(gapsSummaryText(view([cell('partial', 1, 2)], [1]))).toBe('1 Schicht braucht noch 1 Person.');
    expect(gapsSummaryText(view([cell('empty', 0, 4)], [2, 2]))).toBe('2 Schichten brauchen noch 4 Leute.');
  });

  it('says "no gaps" only when something lies ahead, and never over a day that is over', () => {
    expect(gapsSummaryText(view([cell('full', 2, 2), cell('past', 0, 2)]))).toMatch(/^Keine Lücken/);
    expect(gapsSummaryText(view([cell('past', 0, 2), cell('past', 1, 3)]))).toMatch(/keine Schicht mehr vor uns/);
  });
});
