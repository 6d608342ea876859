import { describe, expect, it } from 'vitest';
import { generateInvitationToken, hashInvitationToken, isInvitationTokenShape } from './invitation-token';

describe('invitation tokens', () => {
  it('are 200 random bits in base32, different every time', () => {
    const a = generateInvitationToken();
    expect(isInvitationTokenShape(a)).toBe(true);
    expect(generateInvitationToken()).not.toBe(a);
  });

  it('refuse other shapes and hash to 32 bytes', () => {
    expect(isInvitationTokenShape('abc')).toBe(false);
    expect(isInvitationTokenShape('A'.repeat(40))).toBe(false);
    expect(hashInvitationToken(generateInvitationToken()).byteLength).toBe(32);
  });
});
