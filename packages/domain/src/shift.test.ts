import { describe, expect, it } from 'vitest';
import { openPlacesOf, staffingOf } from './shift';

describe('staffingOf', () => {
  it.each([
    [2, [], 'empty', 2],
    [2, ['a'], 'understaffed', 1],
    [2, ['a', 'b'], 'full', 0],
    [2, ['a', 'b', 'c'], 'overstaffed', 0],
  ] as const)('needed %i with %j is %s', (needed, assigned, staffing, open) => {
    expect(staffingOf({ needed, assigned: [...assigned] })).toBe(staffing);
    expect(openPlacesOf({ needed, assigned: [...assigned] })).toBe(open);
  });
});
