/**
 * Establishes who is asking, once per /api request: reads the session cookie, validates it (renewing the
 * cookie when the session was extended), and puts the principal (or null) into the context.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { Database } from '@schichtbrett/db';
import type { Principal } from '@schichtbrett/domain';
import { loadPrincipal } from './principal';
import { readSessionCookie, writeSessionCookie, clearSessionCookie } from './session-cookie';
import { validateSessionToken, type ValidSession } from './sessions';

export type SessionEnv = { Variables: { principal: Principal | null; session: ValidSession | null } };

export interface SessionMiddlewareOptions {
  db: Kysely<Database>;
  now: () => Date;
  /** Whether the cookie carries `Secure` (the app is served over https). */
  secureCookie: boolean;
}

/** The session and principal a request's cookie stands for; null for both when there is none. */
export async function authenticate(
  c: Context,
  options: SessionMiddlewareOptions,
): Promise<{ session: ValidSession; principal: Principal } | null> {
  const token = readSessionCookie(c);
  if (!token) return null;
  const now = options.now();
  const session = await validateSessionToken(options.db, token, now);
  const principal = session ? await loadPrincipal(options.db, session.userId) : null;
  if (!session || !principal) {
    clearSessionCookie(c, { secure: options.secureCookie });
    return null;
  }
  if (session.renewed) {
    writeSessionCookie(c, { token, expiresAt: session.expiresAt, now, secure: options.secureCookie });
  }
  return { session, principal };
}

export function sessionMiddleware(options: SessionMiddlewareOptions) {
  return createMiddleware<SessionEnv>(async (c, next) => {
    const found = await authenticate(c, options);
    c.set('session', found?.session ?? null);
    c.set('principal', found?.principal ?? null);
    return next();
  });
}
