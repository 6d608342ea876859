/**
 * The server's auth API (`/api/auth/*`, docs/api.md), decoded at the boundary. Expected failures
 * (wrong password, too many attempts) are values; the server's German message is shown as it is.
 */
import { isRole, type Membership } from '@schichtbrett/domain';

type Fetch = typeof fetch;

export interface SignedInUser {
  id: string;
  email: string;
}

/** Who is signed in on this browser, and their place in each center. */
export interface Me {
  user: SignedInUser;
  memberships: Membership[];
}

export type LoginResult =
  | { ok: true; me: Me }
  | { ok: false; reason: 'invalid-credentials' | 'invalid-input'; message: string | null }
  | { ok: false; reason: 'rate-limited'; message: string | null; retryAfterSeconds: number | null }
  | { ok: false; reason: 'unavailable' };

export interface DeviceSession {
  id: string;
  createdAt: Date | null;
  lastSeenAt: Date | null;
  userAgent: string;
  current: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** One membership as the server sends it; null when malformed. */
export function decodeMembership(value: unknown): Membership | null {
  if (!isRecord(value)) return null;
  const { center, personId, role, areaIds, displayName } = value;
  if (typeof center !== 'string' || typeof personId !== 'string' || !isRole(role)) return null;
  return {
    center,
    personId,
    role,
    areaIds: Array.isArray(areaIds) ? areaIds.filter((id): id is string => typeof id === 'string') : [],
    displayName: typeof displayName === 'string' && displayName.trim() ? displayName : personId,
  };
}

/** `{ user, memberships }` as /api/auth/me and the login answer send it; null when malformed. */
export function decodeMe(value: unknown): Me | null {
  if (!isRecord(value) || !isRecord(value.user)) return null;
  const { id, email } = value.user;
  if (typeof id !== 'string' || typeof email !== 'string') return null;
  const memberships = Array.isArray(value.memberships)
    ? value.memberships.map(decodeMembership).filter((entry): entry is Membership => entry !== null)
    : [];
  return { user: { id, email }, memberships };
}

function decodeTime(value: unknown): Date | null {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? new Date(time) : null;
}

export function decodeSession(value: unknown): DeviceSession | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null;
  return {
    id: value.id,
    createdAt: decodeTime(value.createdAt),
    lastSeenAt: decodeTime(value.lastSeenAt),
    userAgent: typeof value.userAgent === 'string' ? value.userAgent : '',
    current: value.current === true,
  };
}

async function readJson(response: Response): Promise<unknown> {
  return response.json().catch(() => null);
}

const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

/** Signs in; the server sets the session cookie on success. */
export async function login(fetchFn: Fetch, credentials: { email: string; password: string }): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/auth/login', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(credentials),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body = await readJson(response);
  const message = isRecord(body) ? textOrNull(body.message) : null;
  if (response.status === 200) {
    const me = decodeMe(body);
    return me ? { ok: true, me } : { ok: false, reason: 'unavailable' };
  }
  if (response.status === 401) return { ok: false, reason: 'invalid-credentials', message };
  if (response.status === 400) return { ok: false, reason: 'invalid-input', message };
  if (response.status === 429) {
    const retry = isRecord(body) ? body.retryAfterSeconds : null;
    return {
      ok: false,
      reason: 'rate-limited',
      message,
      retryAfterSeconds: typeof retry === 'number' && retry >= 0 ? Math.ceil(retry) : null,
    };
  }
  return { ok: false, reason: 'unavailable' };
}

/** The signed-in user, or null when this browser has no valid session. Throws when the server fails. */
export async function fetchMe(fetchFn: Fetch): Promise<Me | null> {
  const response = await fetchFn('/api/auth/me', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  const me = response.status === 200 ? decodeMe(await readJson(response)) : null;
  if (!me) throw new Error(`unexpected answer from /api/auth/me (${response.status})`);
  return me;
}

async function post(fetchFn: Fetch, path: string, method = 'POST'): Promise<boolean> {
  try {
    const response = await fetchFn(path, { method, headers: { accept: 'application/json' } });
    // 401: the session had already ended, which is what was asked for.
    return response.ok || response.status === 401;
  } catch {
    return false;
  }
}

/** Ends this browser's session. */
export function logout(fetchFn: Fetch): Promise<boolean> {
  return post(fetchFn, '/api/auth/logout');
}

/** Ends every session of the user, on all devices. */
export function logoutEverywhere(fetchFn: Fetch): Promise<boolean> {
  return post(fetchFn, '/api/auth/logout-all');
}

/** Ends one session (a device) of the user. */
export function endSession(fetchFn: Fetch, sessionId: string): Promise<boolean> {
  return post(fetchFn, `/api/auth/sessions/${encodeURIComponent(sessionId)}`, 'DELETE');
}

/** The user's active sessions, or null when signed out. Throws when the server fails. */
export async function fetchSessions(fetchFn: Fetch): Promise<DeviceSession[] | null> {
  const response = await fetchFn('/api/auth/sessions', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  const body = await readJson(response);
  if (response.status !== 200 || !isRecord(body) || !Array.isArray(body.sessions)) {
    throw new Error(`unexpected answer from /api/auth/sessions (${response.status})`);
  }
  return body.sessions.map(decodeSession).filter((entry): entry is DeviceSession => entry !== null);
}
