import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
  it('measures as WCAG does, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The demo's old Frühstück colour: too light for the 4.5:1 the palette promises.
    expect(contrastRatio('#ca8a04', '#ffffff')).toBeCloseTo(2.94, 2);
    expect(contrastRatio('#ffffff', '#a16207')).toBeCloseTo(contrastRatio('#a16207', '#ffffff'), 10);
  });
});
