import { describe, expect, it } from 'vitest';
import { cardLines, dayPrintLines, PRINT_SCALE, printScale, weekPrintLines } from './print-fit';

const shift = (people: number, notes = '') => ({ assigned: Array.from({ length: people }, (_, i) => `p${i}`), notes });

describe('printScale', () => {
  it('shrinks content that needs more lines than a sheet holds, and stops at the lower bound', () => {
    expect(printScale(42, 42)).toBe(1);
    expect(printScale(48, 42)).toBe(0.87);
    expect(printScale(200, 42)).toBe(PRINT_SCALE.min);
  });

  it('lets a sparse page grow a little, no more', () => {
    expect(printScale(10, 42)).toBe(PRINT_SCALE.max);
    expect(printScale(0, 42)).toBe(PRINT_SCALE.max);
  });
});

describe('weekPrintLines', () => {
  it('counts each area row as tall as its fullest day', () => {
    const quiet = [[shift(1)], [], [shift(2)]];
    const busy = [[shift(2), shift(1, 'Während der Elterngruppe')], [shift(1)], []];
    expect(weekPrintLines([quiet])).toBe(cardLines(shift(2), 3) + 0.5);
    expect(weekPrintLines([quiet, busy])).toBeCloseTo(
      weekPrintLines([quiet]) + cardLines(shift(2), 3) + cardLines(shift(1, 'Während der Elterngruppe'), 3) + 0.5,
    );
  });

  it('gives names more lines when more days share the width', () => {
    expect(cardLines(shift(3), 7)).toBeGreaterThan(cardLines(shift(3), 3));
  });
});

describe('dayPrintLines', () => {
  it('counts per area its heading and per shift its places, or its time and note when those are taller', () => {
    const places = { names: ['Anna K.'], openPlaces: 2, notes: '' };
    const noted = { names: [], openPlaces: 1, notes: 'Einkaufsfahrt für Seniorinnen und Senioren, bitte pünktlich' };
    expect(dayPrintLines([{ shifts: [places] }])).toBeCloseTo(3 + 3 * 1.45);
    expect(dayPrintLines([{ shifts: [noted] }])).toBeCloseTo(3 + 1 + 2);
    expect(dayPrintLines([{ shifts: [places] }, { shifts: [noted] }])).toBeCloseTo(3 + 3 * 1.45 + 3 + 3);
  });
});
