/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure behind https, Max-Age until expiry. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from './sessions';

export function readSessionCookie(c: Context): string | null {
  return getCookie(c, SESSION_COOKIE) ?? null;
}

export function writeSessionCookie(
  c: Context,
  options: { token: string; expiresAt: Date; now: Date; secure: boolean },
): void {
  setCookie(c, SESSION_COOKIE, options.token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: options.secure,
    maxAge: Math.max(0, Math.floor((options.expiresAt.getTime() - options.now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(c: Context, options: { secure: boolean }): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure: options.secure });
}
