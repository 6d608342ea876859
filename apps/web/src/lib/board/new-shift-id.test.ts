import { isShiftKey } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { newShiftId } from './new-shift-id';

describe('newShiftId', () => {
  it('makes keys the sync room accepts, also once planned into a week', () => {
    for (let i = 0; i < 100; i++) {
      const id = newShiftId();
      expect(id).toMatch(/^s-[0-9a-f]{24}$/);
      expect(isShiftKey(id)).toBe(true);
      expect(isShiftKey(`${id}@2026-11-23`)).toBe(true);
    }
  });
});
