/**
 * The server's center API (`/api/centers`), decoded at the boundary into typed values.
 * `fetch` is passed in so SvelteKit's load function can hand over its own.
 */
import {
  DEFAULT_GIVE_BACK_CUTOFF_HOURS,
  DEFAULT_OPENING_DAYS,
  ISO_WEEKDAYS,
  isCenterSlug,
  parseIsoWeek,
  type IsoWeekday,
  type Membership,
} from '@schichtbrett/domain';
import { decodeMembership } from './auth';

export interface CenterSummary {
  slug: string;
  name: string;
  timeZone: string;
  currentWeek: string;
  /** The first week with a shift still ahead (a team lead's own areas); the board's week if none. */
  gapsWeek: string;
}

export interface Center {
  slug: string;
  name: string;
  timeZone: string;
  stateCode: string;
  /** Shown to members, e.g. at the top of prints; '' when not given. */
  address: string;
  contact: string;
  /** Hours before a shift from which its people can no longer give it back. */
  claimCutoffHours: number;
  /** ISO weekdays the center is open: the board's columns (issue 12). */
  openingDays: IsoWeekday[];
}

export interface Area {
  id: string;
  name: string;
  color: string;
}

export interface Person {
  id: string;
  displayName: string;
  initials: string;
  /** Contact data, sent only to coordinators (DESIGN.md, privacy). */
  email?: string;
  phone?: string;
}

export interface CenterDetails {
  center: Center;
  areas: Area[];
  people: Person[];
  /** The signed-in person's place in this center. */
  me: Membership;
}

/**
 * Thrown when the server answers with something we cannot use; the route turns it into an error page,
 * or, for 401, into the login page.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Fetch = typeof fetch;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function decodeCenterSummary(value: unknown): CenterSummary | null {
  if (!isRecord(value)) return null;
  const slug = text(value.slug);
  const currentWeek = text(value.currentWeek);
  if (!isCenterSlug(slug) || !parseIsoWeek(currentWeek)) return null;
  const gapsWeek = text(value.gapsWeek);
  return {
    slug,
    name: text(value.name, slug),
    timeZone: text(value.timeZone, 'Europe/Berlin'),
    currentWeek,
    gapsWeek: parseIsoWeek(gapsWeek) ? gapsWeek : currentWeek,
  };
}

/** The opening days in weekday order; none (or no list) reads as the default, as on the server. */
function decodeOpeningDays(value: unknown): IsoWeekday[] {
  const days = Array.isArray(value) ? ISO_WEEKDAYS.filter((day) => value.includes(day)) : [];
  return days.length > 0 ? days : [...DEFAULT_OPENING_DAYS];
}

function decodeArea(value: unknown): Area | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.name !== 'string') return null;
  const color = text(value.color);
  return { id: value.id, name: value.name, color: HEX_COLOR.test(color) ? color : '#7a7264' };
}

function decodePerson(value: unknown): Person | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.displayName !== 'string') return null;
  const person: Person = { id: value.id, displayName: value.displayName, initials: text(value.initials) };
  if (typeof value.email === 'string' && value.email) person.email = value.email;
  if (typeof value.phone === 'string' && value.phone) person.phone = value.phone;
  return person;
}

function decodeList<T>(value: unknown, decode: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(decode).filter((item): item is T => item !== null);
}

async function getJson(fetchFn: Fetch, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetchFn(path, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

/** The centers of the signed-in user, in the server's order. */
export async function fetchCenters(fetchFn: Fetch): Promise<CenterSummary[]> {
  const { status, body } = await getJson(fetchFn, '/api/centers');
  if (status !== 200 || !isRecord(body)) throw new ApiError('unexpected answer from /api/centers', status);
  return decodeList(body.centers, decodeCenterSummary);
}

/**
 * One center with its areas and people and the user's membership; null when the server does not know
 * the slug. 401 (signed out) and 403 (not a member) are thrown as `ApiError` with that status.
 */
export async function fetchCenter(fetchFn: Fetch, slug: string): Promise<CenterDetails | null> {
  if (!isCenterSlug(slug)) return null;
  const { status, body } = await getJson(fetchFn, `/api/centers/${encodeURIComponent(slug)}`);
  if (status === 404) return null;
  const me = isRecord(body) ? decodeMembership(body.me) : null;
  if (status !== 200 || !isRecord(body) || !isRecord(body.center) || !me) {
    throw new ApiError(`unexpected answer from /api/centers/${slug}`, status);
  }
  const center = body.center;
  return {
    center: {
      slug,
      name: text(center.name, slug),
      timeZone: text(center.timeZone, 'Europe/Berlin'),
      stateCode: text(center.stateCode),
      address: text(center.address),
      contact: text(center.contact),
      claimCutoffHours:
        typeof center.claimCutoffHours === 'number' ? center.claimCutoffHours : DEFAULT_GIVE_BACK_CUTOFF_HOURS,
      openingDays: decodeOpeningDays(center.openingDays),
    },
    areas: decodeList(body.areas, decodeArea),
    people: decodeList(body.people, decodePerson),
    me,
  };
}
