import { describe, expect, it } from 'vitest';
import { displayName, initialsOf } from './people';

describe('people', () => {
  it('shows first name and initial only', () => {
    expect(displayName({ firstName: 'Anna', lastName: 'krüger' })).toBe('Anna K.');
    expect(displayName({ firstName: 'Mehmet', lastName: '' })).toBe('Mehmet');
    expect(initialsOf({ firstName: 'Elif', lastName: 'Yılmaz' })).toBe('EY');
  });
});
