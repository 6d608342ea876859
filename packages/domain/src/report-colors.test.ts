import { describe, expect, it } from 'vitest';
import { AREA_COLORS } from './areas';
import { distinctChartColors } from './report-colors';

describe('distinctChartColors', () => {
  it('keeps each area its own colour when they differ', () => {
    expect(distinctChartColors(['#b45309', '#0369a1', '#ca8a04'])).toEqual(['#b45309', '#0369a1', '#ca8a04']);
  });

  it('gives the second of two areas with one colour a palette colour no area has', () => {
    const fills = distinctChartColors(['#b45309', '#b45309', AREA_COLORS[1]!]);
    expect(fills[0]).toBe('#b45309');
    expect(fills[2]).toBe(AREA_COLORS[1]);
    expect(new Set(fills).size).toBe(3);
    expect(AREA_COLORS).toContain(fills[1]);
  });

  it('colours an area without a known colour from the palette, apart from the others', () => {
    const fills = distinctChartColors([null, '#b45309', null]);
    expect(fills[1]).toBe('#b45309');
    expect(new Set(fills).size).toBe(3);
  });

  it('stays distinct up to the size of the palette', () => {
    const fills = distinctChartColors(Array.from({ length: AREA_COLORS.length }, () => '#b45309'));
    expect(new Set(fills).size).toBe(AREA_COLORS.length);
  });
});
