import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, ADDRESS_POLICY, throttleKeys, waitAfter } from './login-throttle';

describe('waitAfter', () => {
  it('lets the allowance pass, then doubles from 30 seconds up to an hour', () => {
    expect([0, 4].map((n) => waitAfter(n, ACCOUNT_POLICY))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => waitAfter(n, ACCOUNT_POLICY))).toEqual([30, 60, 120, 240]);
    expect(waitAfter(19, ADDRESS_POLICY)).toBe(0);
    expect(waitAfter(20, ADDRESS_POLICY)).toBe(30);
    expect(waitAfter(1000, ACCOUNT_POLICY)).toBe(3600);
  });

  it('keys accounts and addresses apart', () => {
    expect(throttleKeys('a@b.c', '::1')).toEqual({ account: 'account:a@b.c', address: 'address:::1' });
  });
});
