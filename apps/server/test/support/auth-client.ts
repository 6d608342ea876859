/** Small HTTP helpers for the auth tests: same-origin JSON requests, login, and reading Set-Cookie. */
import { SESSION_COOKIE } from '../../src/auth/sessions';
import { DEMO_PASSWORD, TEST_ORIGIN } from './auth-server';

export interface RequestOptions {
  cookie?: string | null;
  body?: unknown;
  /** Overrides the `Origin` header; null sends none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A request as the web app would send it: `Origin` set (Node's fetch sends none by itself). */
export function request(
  baseUrl: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  if (origin !== null) headers.origin = origin;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/**
 * The session cookie a response sets, as `name=value` for a Cookie header; null when none is set. With
 * several Set-Cookie headers for it (a stale cookie cleared, then a new one set), the last wins, as in a
 * browser.
 */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers
    .getSetCookie()
    .filter((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
    .at(-1);
  if (!header) return null;
  return header.split(';')[0] ?? null;
}

/** Logs in and returns the Cookie header value; throws when the login fails. */
export async function loginAs(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request(baseUrl, 'POST', '/api/auth/login', { body: { email, password } });
  const cookie = sessionCookieOf(response);
  if (response.status !== 200 || !cookie) throw new Error(`login as ${email} failed: ${response.status}`);
  return cookie;
}
