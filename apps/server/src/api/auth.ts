/**
 * /api/auth: login, logout (this device or all), who am I, and the list of one's own sessions.
 * Login answers unknown accounts and wrong passwords alike, in words and in time.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { findUserByEmail, listUserSessions, normalizeEmail, type Database } from '@schichtbrett/db';
import { clientAddress, type AddressSource } from '../auth/client-address';
import {
  secondsUntilAllowed,
  recordLoginFailure,
  recordLoginSuccess,
  throttleKeys,
  waitInWords,
} from '../auth/login-throttle';
import { verifyPasswordOrDummy, type PasswordHasher } from '../auth/password';
import { loadPrincipal } from '../auth/principal';
import { clearSessionCookie } from '../auth/session-cookie';
import { invalidateSession, invalidateUserSessions } from '../auth/sessions';
import { startSession } from '../auth/start-session';
import type { RoomRegistry } from '../sync';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface AuthRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  passwords: PasswordHasher;
  secureCookie: boolean;
  /** Where the client's address for login throttling comes from. */
  addressSource: AddressSource;
  /** Sockets opened with a session end with it. */
  rooms: Pick<RoomRegistry, 'endSessionConnections'>;
}

const LoginBody = v.object({
  email: v.pipe(
    v.string('Bitte gib deine E-Mail-Adresse an.'),
    v.trim(),
    v.minLength(1, 'Bitte gib deine E-Mail-Adresse an.'),
    v.maxLength(254, 'Die E-Mail-Adresse ist zu lang.'),
  ),
  password: v.pipe(
    v.string('Bitte gib dein Passwort an.'),
    v.minLength(1, 'Bitte gib dein Passwort an.'),
    v.maxLength(1024, 'Das Passwort ist zu lang.'),
  ),
});

export const INVALID_CREDENTIALS_MESSAGE = 'E-Mail oder Passwort stimmen nicht.';

export function authRoutes(options: AuthRoutesOptions) {
  const { db, now, passwords, secureCookie, addressSource, rooms } = options;
  return new Hono<ApiEnv>()
    .post('/login', async (c) => {
      const parsed = v.safeParse(LoginBody, c.get('jsonBody'));
      if (!parsed.success) {
        return apiError(c, 400, 'invalid-input', parsed.issues.map((issue) => issue.message).join(' '));
      }
      const email = normalizeEmail(parsed.output.email);
      const keys = throttleKeys(email, clientAddress(c, addressSource));
      const wait = await secondsUntilAllowed(db, keys, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return apiError(c, 429, 'rate-limited', rateLimitMessage(wait), { retryAfterSeconds: wait });
      }
      const user = await findUserByEmail(db, email);
      const matches = await verifyPasswordOrDummy(passwords, user?.password_hash ?? null, parsed.output.password);
      const principal = matches && user ? await loadPrincipal(db, user.id) : null;
      if (!principal) {
        await recordLoginFailure(db, keys, now());
        return apiError(c, 401, 'invalid-credentials', INVALID_CREDENTIALS_MESSAGE);
      }
      await recordLoginSuccess(db, keys);
      // A new session on every login; the one this browser had (if any) ends.
      await startSession(c, { db, userId: principal.userId, now: now(), secureCookie, rooms });
      return c.json({ user: { id: principal.userId, email: principal.email }, memberships: principal.memberships });
    })
    .post('/logout', async (c) => {
      const session = c.get('session');
      if (session) {
        await invalidateSession(db, session.sessionId);
        rooms.endSessionConnections((socket) => socket.sessionId === session.sessionId);
      }
      clearSessionCookie(c, { secure: secureCookie });
      return c.body(null, 204);
    })
    .post('/logout-all', requireSignIn, async (c) => {
      const { userId } = signedIn(c).principal;
      await invalidateUserSessions(db, userId);
      rooms.endSessionConnections((socket) => socket.userId === userId);
      clearSessionCookie(c, { secure: secureCookie });
      return c.body(null, 204);
    })
    .get('/me', requireSignIn, (c) => {
      const { principal } = signedIn(c);
      return c.json({ user: { id: principal.userId, email: principal.email }, memberships: principal.memberships });
    })
    .get('/sessions', requireSignIn, async (c) => {
      const { principal, session } = signedIn(c);
      const rows = await listUserSessions(db, principal.userId, now().toISOString());
      return c.json({
        sessions: rows.map((row) => ({
          id: row.id,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          userAgent: row.user_agent,
          current: row.id === session.sessionId,
        })),
      });
    })
    .delete('/sessions/:id', requireSignIn, async (c) => {
      const { principal, session } = signedIn(c);
      const id = c.req.param('id');
      const own = await listUserSessions(db, principal.userId, now().toISOString());
      if (!own.some((row) => row.id === id)) {
        return apiError(c, 404, 'not-found', 'Diese Sitzung gibt es nicht (mehr).');
      }
      await invalidateSession(db, id);
      rooms.endSessionConnections((socket) => socket.sessionId === id);
      if (id === session.sessionId) clearSessionCookie(c, { secure: secureCookie });
      return c.body(null, 204);
    });
}

function rateLimitMessage(seconds: number): string {
  return `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warte ${waitInWords(seconds)} und versuche es dann noch einmal.`;
}
