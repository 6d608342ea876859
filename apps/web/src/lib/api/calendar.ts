/**
 * The personal calendar feed (`/api/centers/:center/calendar-feed`, docs/api.md "Calendar"): whether one
 * exists, creating a new one (its secret URL is in that answer only) and revoking it; and the address of
 * one shift as an .ics download.
 */
type Fetch = typeof fetch;

export type FeedState = { kind: 'none' } | { kind: 'exists'; createdAt: string };
export type FeedCreated = { ok: true; url: string } | { ok: false };

function feedPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}/calendar-feed`;
}

/** Null when the server could not be asked. */
export async function fetchFeedState(fetchFn: Fetch, center: string): Promise<FeedState | null> {
  try {
    const response = await fetchFn(feedPath(center), { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const feed = typeof body === 'object' && body !== null ? (body as { feed?: unknown }).feed : undefined;
    if (feed === null) return { kind: 'none' };
    const createdAt = typeof feed === 'object' && feed !== null ? (feed as { createdAt?: unknown }).createdAt : null;
    return typeof createdAt === 'string' ? { kind: 'exists', createdAt } : null;
  } catch {
    return null;
  }
}

/** Makes a new feed; the one before stops working. */
export async function createFeed(fetchFn: Fetch, center: string): Promise<FeedCreated> {
  try {
    const response = await fetchFn(feedPath(center), { method: 'POST', headers: { accept: 'application/json' } });
    const body: unknown = await response.json().catch(() => null);
    const url = typeof body === 'object' && body !== null ? (body as { url?: unknown }).url : undefined;
    return response.ok && typeof url === 'string' && url.startsWith('http') ? { ok: true, url } : { ok: false };
  } catch {
    return { ok: false };
  }
}

export async function revokeFeed(fetchFn: Fetch, center: string): Promise<boolean> {
  try {
    return (await fetchFn(feedPath(center), { method: 'DELETE' })).ok;
  } catch {
    return false;
  }
}

/** `webcal://` opens the calendar app's "subscribe" dialog on phones and desktops alike. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/** One shift as an .ics file ("In meinen Kalender"). */
export function shiftIcsPath(center: string, shiftId: string): string {
  return `/api/centers/${encodeURIComponent(center)}/shifts/${encodeURIComponent(shiftId)}/ics`;
}

/** One button per common calendar: each opens that calendar's own "subscribe" step with the feed. */
export interface CalendarSubscribeLinks {
  google: string;
  /** iPhone, iPad and Mac: the system's calendar answers `webcal://`. */
  apple: string;
  outlook: string;
}

/** The subscribe addresses for a feed URL (https); the feed URL itself is the secret in each. */
export function calendarSubscribeLinks(url: string): CalendarSubscribeLinks {
  const webcal = webcalUrl(url);
  return {
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    apple: webcal,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}`,
  };
}
