/**
 * Calendar feed tokens: 200 random bits in base32, the secret part of a feed URL; only their SHA-256 is
 * stored. The hash is looked up directly: a guess needs the whole token, so an index lookup leaks nothing
 * (the same reasoning as invitation tokens, docs/decisions/0007-invitation-links.md).
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

const TOKEN_BYTES = 25;

export function generateFeedToken(): string {
  const buffer = new Uint8Array(TOKEN_BYTES);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** The token of a feed file name `<token>.ics`; null for anything we could not have issued. */
export function feedTokenOfFileName(fileName: string): string | null {
  const match = /^([a-z2-7]{40})\.ics$/.exec(fileName);
  return match?.[1] ?? null;
}

export function hashFeedToken(token: string): Uint8Array {
  return sha256(new TextEncoder().encode(token));
}
