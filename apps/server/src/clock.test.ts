import { describe, expect, it } from 'vitest';
import { clockStartingAt } from './clock';

describe('clockStartingAt', () => {
  it('starts at the chosen instant and runs on at the machine pace', () => {
    let machine = Date.parse('2026-12-02T09:00:00Z');
    const clock = clockStartingAt(new Date('2026-12-06T19:30:00Z'), () => machine);
    expect(clock().toISOString()).toBe('2026-12-06T19:30:00.000Z');
    machine += 90_000;
    expect(clock().toISOString()).toBe('2026-12-06T19:31:30.000Z');
  });
});
