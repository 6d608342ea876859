import { describe, expect, it } from 'vitest';
import { decodeFirstSteps, showsFirstSteps } from './first-steps';

const none = { areas: false, template: false, people: false, published: false };
const all = { areas: true, template: true, people: true, published: true };

describe('first steps', () => {
  it('shows until every step is done or the guide is closed', () => {
    expect(showsFirstSteps({ done: none, dismissed: false })).toBe(true);
    expect(showsFirstSteps({ done: { ...all, published: false }, dismissed: false })).toBe(true);
    expect(showsFirstSteps({ done: all, dismissed: false })).toBe(false);
    expect(showsFirstSteps({ done: none, dismissed: true })).toBe(false);
  });

  it('decodes the server answer and refuses a broken one', () => {
    expect(decodeFirstSteps({ done: none, dismissed: false })).toEqual({ done: none, dismissed: false });
    expect(decodeFirstSteps({ done: { areas: true }, dismissed: false })).toBeNull();
  });
});
