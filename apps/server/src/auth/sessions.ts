/**
 * Database sessions the Lucia way (https://lucia-auth.com/sessions/basic): create, validate with sliding
 * expiry, invalidate. The clock is passed in; nothing here reads the time itself.
 */
import type { Kysely } from 'kysely';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
  type Database,
} from '@schichtbrett/db';
import { generateSessionToken, hashSecret, parseSessionToken, secretMatches } from './session-token';

export const SESSION_COOKIE = 'schichtbrett_session';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session lives 30 days after its last renewal. */
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Renewed on use when less than half of its lifetime remains. */
export const SESSION_RENEW_BELOW_MS = SESSION_LIFETIME_MS / 2;
/** `last_seen_at` is written at most this often, so reads do not all become writes. */
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface ValidSession {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  /** True when this validation extended the session: the cookie must be set again. */
  renewed: boolean;
}

export async function createSession(
  db: Kysely<Database>,
  options: { userId: string; now: Date; userAgent?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const { id, secret, token } = generateSessionToken();
  const expiresAt = new Date(options.now.getTime() + SESSION_LIFETIME_MS);
  await deleteExpiredSessions(db, options.userId, options.now.toISOString());
  await insertSession(db, {
    id,
    user_id: options.userId,
    secret_hash: hashSecret(secret),
    created_at: options.now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: options.now.toISOString(),
    user_agent: (options.userAgent ?? '').slice(0, 300),
  });
  return { token, expiresAt };
}

/** The session a cookie value stands for, or null (malformed, unknown, wrong secret, expired). */
export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<ValidSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const row = await findSession(db, parsed.id);
  if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;
  const expiresAt = new Date(row.expires_at);
  if (now.getTime() >= expiresAt.getTime()) {
    await deleteSession(db, row.id);
    return null;
  }
  if (expiresAt.getTime() - now.getTime() < SESSION_RENEW_BELOW_MS) {
    const renewedUntil = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await touchSession(db, row.id, { lastSeenAt: now.toISOString(), expiresAt: renewedUntil.toISOString() });
    return { sessionId: row.id, userId: row.user_id, expiresAt: renewedUntil, renewed: true };
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await touchSession(db, row.id, { lastSeenAt: now.toISOString() });
  }
  return { sessionId: row.id, userId: row.user_id, expiresAt, renewed: false };
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

/** "Log out on all devices". */
export async function invalidateUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await deleteUserSessions(db, userId);
}
