/**
 * Signs a user in on this browser: ends the session it had (if any) together with the sync sockets
 * opened with it, creates a new session and sets the cookie. Login, first run and invitations share it.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '@schichtbrett/db';
import type { ApiEnv } from '../api/api-env';
import type { RoomRegistry } from '../sync';
import { writeSessionCookie } from './session-cookie';
import { createSession, invalidateSession } from './sessions';

export async function startSession(
  c: Context<ApiEnv>,
  options: {
    db: Kysely<Database>;
    userId: string;
    now: Date;
    secureCookie: boolean;
    rooms: Pick<RoomRegistry, 'endSessionConnections'>;
  },
): Promise<void> {
  const { db, userId, now, secureCookie, rooms } = options;
  const previous = c.get('session');
  if (previous) {
    await invalidateSession(db, previous.sessionId);
    rooms.endSessionConnections((socket) => socket.sessionId === previous.sessionId);
  }
  const { token, expiresAt } = await createSession(db, { userId, now, userAgent: c.req.header('user-agent') });
  writeSessionCookie(c, { token, expiresAt, now, secure: secureCookie });
}
