/**
 * Session tokens as the Lucia guide teaches them (https://lucia-auth.com/sessions/basic): `<id>.<secret>`,
 * both random; only SHA-256 of the secret is stored, and it is compared in constant time.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 bits of id, 200 bits of secret: the guide asks for at least 120 bits of entropy in the secret. */
const ID_BYTES = 15;
const SECRET_BYTES = 25;

export interface SessionToken {
  id: string;
  secret: string;
  /** What goes into the cookie. */
  token: string;
}

export function generateSessionToken(): SessionToken {
  const id = randomBase32(ID_BYTES);
  const secret = randomBase32(SECRET_BYTES);
  return { id, secret, token: `${id}.${secret}` };
}

/** Splits a cookie value into id and secret; null for anything that is not a token we could have issued. */
export function parseSessionToken(token: string): { id: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [id = '', secret = ''] = parts;
  if (!/^[a-z2-7]{24}$/.test(id) || !/^[a-z2-7]{40}$/.test(secret)) return null;
  return { id, secret };
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  const hash = hashSecret(secret);
  return hash.byteLength === storedHash.byteLength && constantTimeEqual(hash, new Uint8Array(storedHash));
}

function randomBase32(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}
