/**
 * Invitation tokens: 200 random bits in base32, printed into a link (and its QR code); only their SHA-256
 * is stored. The hash is looked up directly: a guess needs the whole token, so an index lookup leaks nothing.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

const TOKEN_BYTES = 25;

export function generateInvitationToken(): string {
  const buffer = new Uint8Array(TOKEN_BYTES);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** True for anything shaped like a token we could have issued (cheap refusal before any lookup). */
export function isInvitationTokenShape(token: string): boolean {
  return /^[a-z2-7]{40}$/.test(token);
}

export function hashInvitationToken(token: string): Uint8Array {
  return sha256(new TextEncoder().encode(token));
}
