import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AREA_COLOR_CONTRAST,
  AREA_PALETTE,
  AREA_SUGGESTIONS,
  areaChangesSchema,
  areaOrderSchema,
  isPermutationOf,
  moveBefore,
  moveInOrder,
  newAreaSchema,
} from './areas';
import { contrastRatio } from './contrast';

describe('area palette', () => {
  it('has colours that reach 4.5:1 against the white card, each with a German name', () => {
    expect(AREA_COLOR_CONTRAST).toEqual({ against: '#ffffff', atLeast: 4.5 });
    for (const { color, name } of AREA_PALETTE) {
      expect(contrastRatio(color, AREA_COLOR_CONTRAST.against), color).toBeGreaterThanOrEqual(4.5);
      expect(name.de.length).toBeGreaterThan(0);
    }
    expect(new Set(AREA_PALETTE.map((entry) => entry.color)).size).toBe(AREA_PALETTE.length);
  });

  it('offers suggestions that the create schema accepts', () => {
    for (const suggestion of AREA_SUGGESTIONS) expect(v.safeParse(newAreaSchema, suggestion).success).toBe(true);
  });
});

describe('newAreaSchema', () => {
  it('cleans the name and defaults the description to none', () => {
    expect(v.parse(newAreaSchema, { name: '  Café ', color: '#b45309' })).toEqual({
      name: 'Café',
      description: '',
      color: '#b45309',
    });
  });

  it('refuses a colour outside the palette, an invisible name and unknown fields, in German', () => {
    const offPalette = v.safeParse(newAreaSchema, { name: 'Café', color: '#ffff00' });
    expect(offPalette.issues?.[0].message).toBe('Bitte wähle eine Farbe aus der Farbpalette.');
    const blank = v.safeParse(newAreaSchema, { name: '\u200b ', color: '#b45309' });
    expect(blank.issues?.[0].message).toBe('Bitte gib dem Bereich einen Namen.');
    const turned = v.safeParse(newAreaSchema, { name: 'Caf\u202Eé', color: '#b45309' });
    expect(turned.issues?.[0].message).toContain('Schreibrichtung');
    const extra = v.safeParse(newAreaSchema, { name: 'Café', color: '#b45309', position: 3 });
    expect(extra.success).toBe(false);
  });
});

describe('areaChangesSchema', () => {
  it('takes any one change and refuses none', () => {
    expect(v.parse(areaChangesSchema, { description: 'Kuchentheke und Kasse' })).toEqual({
      description: 'Kuchentheke und Kasse',
    });
    expect(v.safeParse(areaChangesSchema, {}).issues?.[0].message).toContain('Es fehlt');
  });
});

describe('areaOrderSchema', () => {
  it('refuses an area named twice', () => {
    expect(v.safeParse(areaOrderSchema, { areaIds: ['a', 'b', 'a'] }).success).toBe(false);
    expect(v.safeParse(areaOrderSchema, { areaIds: ['a', 'b'] }).success).toBe(true);
  });
});

describe('moveBefore', () => {
  it('places the dragged id before the item it was dropped on, or at the end', () => {
    expect(moveBefore(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveBefore(['a', 'b', 'c', 'd'], 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveBefore(['a', 'b', 'c', 'd'], 'a', 4)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveBefore(['a', 'b', 'c', 'd'], 'b', 1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveBefore(['a', 'b', 'c', 'd'], 'b', 2)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveBefore(['a', 'b'], 'x', 0)).toEqual(['a', 'b']);
  });
});

describe('moveInOrder', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });
});

describe('isPermutationOf', () => {
  it('is true only for the same areas in any order', () => {
    expect(isPermutationOf(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isPermutationOf(['a'], ['a', 'b'])).toBe(false);
    expect(isPermutationOf(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isPermutationOf(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});
