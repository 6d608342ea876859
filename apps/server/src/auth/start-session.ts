/** Signs a user in on this browser: ends the session it had (if any), creates a new one, sets the cookie. */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '@schichtbrett/db';
import type { ApiEnv } from '../api/api-env';
import { writeSessionCookie } from './session-cookie';
import { createSession, invalidateSession } from './sessions';

export async function startSession(
  c: Context<ApiEnv>,
  options: { db: Kysely<Database>; userId: string; now: Date; secureCookie: boolean },
): Promise<void> {
  const { db, userId, now, secureCookie } = options;
  const previous = c.get('session');
  if (previous) await invalidateSession(db, previous.sessionId);
  const { token, expiresAt } = await createSession(db, { userId, now, userAgent: c.req.header('user-agent') });
  writeSessionCookie(c, { token, expiresAt, now, secure: secureCookie });
}
