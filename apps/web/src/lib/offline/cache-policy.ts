/**
 * What the service worker does with a request (ADR 14), as pure functions so they are tested without a
 * worker. Only reads are cached, and only those "Meine Schichten" (and the claim page beside it) need to
 * open offline; the board, its WebSockets, other API routes and every write go straight to the network.
 */

/** How a request is answered. */
export type CachePolicy =
  /** Network first; on success keep a copy, without a network answer the copy (marked as such). */
  | { kind: 'api-data' }
  /** A page: network first; offline the page's copy, else the app shell (every page is the same shell). */
  | { kind: 'navigation' }
  /** Anything else: the service worker stays out of the way (precached build files are served by it). */
  | { kind: 'network' };

/** GET paths whose answers are kept for offline use: who is signed in, the center, and the two lists. */
const CACHED_API = [
  /^\/api\/auth\/me$/,
  /^\/api\/centers$/,
  /^\/api\/centers\/[^/]+$/,
  /^\/api\/centers\/[^/]+\/my-shifts$/,
  /^\/api\/centers\/[^/]+\/open-shifts$/,
];

/**
 * Requests after which the cached answers may belong to someone else: signing in or out, first-run setup
 * and redeeming an invitation (which signs in). The worker empties its data caches around them.
 */
const CHANGES_WHO = [
  /^\/api\/auth\/login$/,
  /^\/api\/auth\/logout$/,
  /^\/api\/auth\/logout-all$/,
  /^\/api\/setup$/,
  /^\/api\/invitations\/redeem$/,
];

export interface RequestFacts {
  method: string;
  /** The full URL. */
  url: string;
  /** `Request.mode`: "navigate" for page loads. */
  mode: string;
}

export function cachePolicyOf(request: RequestFacts, origin: string): CachePolicy {
  const url = new URL(request.url);
  if (url.origin !== origin || request.method !== 'GET') return { kind: 'network' };
  if (request.mode === 'navigate') {
    // Calendar feeds and API addresses opened as pages are no app pages.
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/cal/')) return { kind: 'network' };
    return { kind: 'navigation' };
  }
  // A query string (filters) is not what the offline pages ask for; keep the cache to the plain lists.
  if (url.search === '' && CACHED_API.some((path) => path.test(url.pathname))) return { kind: 'api-data' };
  return { kind: 'network' };
}

/** Whether this request may change who is signed in, so that cached personal data must go. */
export function changesWhoIsSignedIn(request: Pick<RequestFacts, 'method' | 'url'>, origin: string): boolean {
  const url = new URL(request.url);
  return url.origin === origin && request.method === 'POST' && CHANGES_WHO.some((path) => path.test(url.pathname));
}
