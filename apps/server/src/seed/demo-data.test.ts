import { describe, expect, it } from 'vitest';
import { AREA_COLOR_CONTRAST, AREA_COLORS, contrastRatio } from '@schichtbrett/domain';
import { DEMO_AREAS } from './demo-data';

describe('DEMO_AREAS', () => {
  it('uses only palette colours, each meeting the contrast the palette promises', () => {
    const palette = new Set<string>(AREA_COLORS);
    for (const { name, color } of DEMO_AREAS) {
      expect(palette.has(color), `${name}: ${color} is not in the palette`).toBe(true);
      expect(contrastRatio(color, AREA_COLOR_CONTRAST.against), `${name}: ${color}`).toBeGreaterThanOrEqual(
        AREA_COLOR_CONTRAST.atLeast,
      );
    }
  });
});
