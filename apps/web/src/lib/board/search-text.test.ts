import { describe, expect, it } from 'vitest';
import { peopleMatching } from './search-text';

const people = [{ displayName: 'Jürgen S.' }, { displayName: 'Anna K.' }, { displayName: 'Jana B.' }];

describe('peopleMatching', () => {
  it('finds names case- and accent-blind, and everyone for an empty query', () => {
    expect(peopleMatching(people, 'jurg').map((p) => p.displayName)).toEqual(['Jürgen S.']);
    expect(peopleMatching(people, ' AN ').map((p) => p.displayName)).toEqual(['Anna K.', 'Jana B.']);
    expect(peopleMatching(people, '')).toEqual(people);
    expect(peopleMatching(people, '')).not.toBe(people);
  });
});
