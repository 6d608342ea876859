import { describe, expect, it } from 'vitest';
import { generateSessionToken, hashSecret, parseSessionToken, secretMatches } from './session-token';

describe('session tokens', () => {
  it('are <id>.<secret> in lowercase base32, with 200 random bits of secret', () => {
    const { id, secret, token } = generateSessionToken();
    expect(token).toBe(`${id}.${secret}`);
    expect(id).toMatch(/^[a-z2-7]{24}$/);
    expect(secret).toMatch(/^[a-z2-7]{40}$/);
    expect(generateSessionToken().token).not.toBe(token);
    expect(parseSessionToken(token)).toEqual({ id, secret });
  });

  it('refuse anything we could not have issued', () => {
    for (const text of [
      '',
      'a.b',
      'x'.repeat(65),
      `${'a'.repeat(24)}.${'b'.repeat(40)}.c`,
      `${'A'.repeat(24)}.${'b'.repeat(40)}`,
    ]) {
      expect(parseSessionToken(text)).toBeNull();
    }
  });

  it('match only the secret whose SHA-256 is stored', () => {
    const { secret } = generateSessionToken();
    const stored = hashSecret(secret);
    expect(stored).toHaveLength(32);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(generateSessionToken().secret, stored)).toBe(false);
    expect(secretMatches(secret, stored.slice(0, 16))).toBe(false);
  });
});
