/**
 * Where to go after signing in: only a path on this site, never another origin (an open redirect would
 * let a crafted link send people to a look-alike page after they typed their password).
 */

/** The local path from `?next=`, or `/` when it is missing or points elsewhere. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  // A path cannot hold control characters; a browser would strip them and might see `//` after all.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(next)) return '/';
  return next;
}

/** `/login?next=…` for the page the user wanted to see. */
export function loginPath(from: Pick<URL, 'pathname' | 'search'> | null): string {
  const next = from ? `${from.pathname}${from.search}` : '/';
  const safe = safeNextPath(next);
  return safe === '/' ? '/login' : `/login?next=${encodeURIComponent(safe)}`;
}
