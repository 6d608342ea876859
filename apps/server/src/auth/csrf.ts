/**
 * CSRF protection for /api by origin, for every content type (Hono's `csrf()` checks only form types,
 * JSON would slip through): a state-changing request must come from our own origin.
 * OWASP: "Verifying Origin With Standard Headers" and "Fetch Metadata".
 */
import { createMiddleware } from 'hono/factory';
import { apiError } from '../api/api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request's `Origin` is ours, or the browser vouches for it with `Sec-Fetch-Site: same-origin`. */
export function isSameOrigin(headers: { origin?: string; secFetchSite?: string }, allowedOrigin: string): boolean {
  if (headers.origin === allowedOrigin) return true;
  return headers.secFetchSite === 'same-origin';
}

export function csrfByOrigin(allowedOrigin: string) {
  return createMiddleware(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const headers = { origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site') };
    if (!isSameOrigin(headers, allowedOrigin)) {
      return apiError(
        c,
        403,
        'cross-origin',
        'Diese Anfrage kommt nicht von Schichtbrett selbst und wurde deshalb abgelehnt.',
      );
    }
    return next();
  });
}
