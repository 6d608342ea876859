/**
 * /api/auth/password: whether the signed-in user has a password, and setting one. People invited by link
 * have none at first; to change an existing one, the current one is needed (a stolen session is not enough).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { deleteOtherUserSessions, findUserById, setUserPasswordHash, type Database } from '@schichtbrett/db';
import type { PasswordHasher } from '../auth/password';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';
import { PASSWORD_MIN_LENGTH } from './setup';
import type { RoomRegistry } from '../sync';

const PasswordBody = v.object({
  password: v.pipe(
    v.string('Bitte wähle ein Passwort.'),
    v.minLength(PASSWORD_MIN_LENGTH, `Das Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`),
    v.maxLength(1024, 'Das Passwort ist zu lang.'),
  ),
  currentPassword: v.optional(v.pipe(v.string(), v.maxLength(1024, 'Das Passwort ist zu lang.'))),
});

export function passwordRoutes(options: {
  db: Kysely<Database>;
  passwords: PasswordHasher;
  /** Sockets of the sessions a password change ends close with them. */
  rooms: Pick<RoomRegistry, 'endSessionConnections'>;
}) {
  const { db, passwords, rooms } = options;
  return new Hono<ApiEnv>()
    .get('/', requireSignIn, async (c) => {
      const user = await findUserById(db, signedIn(c).principal.userId);
      return c.json({ hasPassword: Boolean(user?.password_hash) });
    })
    .post('/', requireSignIn, async (c) => {
      const { principal, session } = signedIn(c);
      const parsed = v.safeParse(PasswordBody, c.get('jsonBody'));
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.issues) fields[v.getDotPath(issue) ?? 'password'] ??= issue.message;
        return apiError(c, 400, 'invalid-input', parsed.issues.map((issue) => issue.message).join(' '), { fields });
      }
      const user = await findUserById(db, principal.userId);
      if (!user) return apiError(c, 401, 'unauthenticated', 'Bitte melde dich an.');
      if (user.password_hash) {
        const current = parsed.output.currentPassword ?? '';
        if (!(await passwords.verify(user.password_hash, current))) {
          return apiError(c, 401, 'invalid-credentials', 'Das bisherige Passwort stimmt nicht.');
        }
      }
      await setUserPasswordHash(db, user.id, await passwords.hash(parsed.output.password));
      // Whoever knew the old password (or held another session) is signed out; this device stays.
      await deleteOtherUserSessions(db, user.id, session.sessionId);
      rooms.endSessionConnections((socket) => socket.userId === user.id && socket.sessionId !== session.sessionId);
      return c.body(null, 204);
    });
}
