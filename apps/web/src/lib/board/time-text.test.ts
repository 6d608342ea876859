import { describe, expect, it } from 'vitest';
import { isTimeOfDay } from '@schichtbrett/domain';
import { normalizeTimeText } from './time-text';

describe('normalizeTimeText', () => {
  it.each([
    ['9', '09:00'],
    ['09', '09:00'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['0930', '09:30'],
    [' 14:00 ', '14:00'],
  ])('reads %j as %j', (typed, expected) => {
    expect(normalizeTimeText(typed)).toBe(expected);
  });

  it('passes what it cannot read on unchanged, so the domain refuses it', () => {
    expect(normalizeTimeText('halb neun')).toBe('halb neun');
    expect(normalizeTimeText('25:00')).toBe('25:00');
    expect(isTimeOfDay(normalizeTimeText('25:00'))).toBe(false);
    expect(isTimeOfDay(normalizeTimeText('7.5'))).toBe(false);
  });
});
