/**
 * The volunteer's claim API (issue 5): open places this person may take, their own shifts, and the
 * server commands to claim a place and to give it back. Answers are decoded at the boundary; a refusal
 * carries the server's German message (and its `reason`) to show as it is.
 */
import type { LocalDate } from '@schichtbrett/domain';
import { ApiError } from './centers';

type Fetch = typeof fetch;

/**
 * A shift with at least one free place that the signed-in person may take, or one place they may take
 * over from someone looking for a stand-in (`standInFor`). A shift can be listed once of each kind.
 */
export interface OpenShift {
  shiftId: string;
  week: string;
  date: LocalDate;
  start: string;
  end: string;
  areaId: string;
  /** Empty when the area has been deleted (the server sends null). */
  areaName: string;
  openPlaces: number;
  /** The asker's name (first name and initial) when this is a place to take over, else null. */
  standInFor: string | null;
}

/** Tells the two kinds of list entries of one shift apart (list keys, which claim is on its way). */
export function offerKey(shift: Pick<OpenShift, 'shiftId' | 'standInFor'>): string {
  return `${shift.standInFor === null ? 'open' : 'stand-in'}:${shift.shiftId}`;
}

/** An upcoming shift of the signed-in person. */
export interface MyShift {
  shiftId: string;
  week: string;
  date: LocalDate;
  start: string;
  end: string;
  areaId: string;
  areaName: string;
  /** False after the center's cut-off (or in a finalized week): the person stays responsible. */
  mayGiveBack: boolean;
  /** The first instant at which giving back is no longer possible (ISO, UTC), if the server says. */
  giveBackUntil: string | null;
  /** Why the shift is called off (its day was closed), or null while it takes place. */
  cancelled: string | null;
  /** After the cut-off and before the start: the person may look for a stand-in. */
  mayAskStandIn: boolean;
  /** Since when the person looks for a stand-in (ISO, UTC), or null. */
  seekingStandInSince: string | null;
}

export interface Assignment {
  shiftId: string;
  personId: string;
  week: string;
  date: LocalDate;
  start: string;
  end: string;
  areaId: string;
}

/** Why the server refused a claim or a give-back; anything new it sends arrives as `other`. */
export type ClaimRefusalReason =
  | 'full'
  | 'not-qualified'
  | 'overlap'
  | 'absent'
  | 'cut-off'
  | 'not-published'
  | 'finalized'
  | 'cancelled'
  | 'already-assigned'
  | 'not-assigned'
  | 'no-request'
  | 'before-cut-off'
  | 'started'
  | 'other';

const KNOWN_REASONS: ReadonlySet<string> = new Set<ClaimRefusalReason>([
  'full',
  'not-qualified',
  'overlap',
  'absent',
  'cut-off',
  'not-published',
  'finalized',
  'cancelled',
  'already-assigned',
  'not-assigned',
  'no-request',
  'before-cut-off',
  'started',
]);

/**
 * `refused` carries the server's message; `unavailable` means no usable answer (offline, server down), with
 * `offline` when the request never got an HTTP answer at all (no network): only such a claim is queued.
 */
export type ClaimFailure =
  | { ok: false; reason: 'refused'; refusal: ClaimRefusalReason; status: number; message: string }
  | { ok: false; reason: 'unavailable'; offline?: true };

export type ClaimResult = { ok: true; assignment: Assignment } | ClaimFailure;
export type GiveBackResult = { ok: true } | ClaimFailure;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The fields every shift answer shares; null when one is missing or malformed. */
function decodeShiftBase(value: unknown) {
  if (!isRecord(value)) return null;
  const { shiftId, week, date, start, end, areaId } = value;
  if (!isText(shiftId) || !isText(areaId)) return null;
  if (typeof date !== 'string' || !LOCAL_DATE.test(date)) return null;
  if (typeof start !== 'string' || !TIME.test(start) || typeof end !== 'string' || !TIME.test(end)) return null;
  return {
    shiftId,
    week: typeof week === 'string' ? week : '',
    date,
    start,
    end,
    areaId,
    areaName: isText(value.areaName) ? value.areaName : '',
  };
}

export function decodeOpenShift(value: unknown): OpenShift | null {
  const base = decodeShiftBase(value);
  if (!base || !isRecord(value)) return null;
  const open = value.openPlaces;
  if (typeof open !== 'number' || !Number.isInteger(open) || open < 1) return null;
  const standInFor = typeof value.standInFor === 'string' ? value.standInFor : null;
  return { ...base, openPlaces: open, standInFor };
}

export function decodeMyShift(value: unknown): MyShift | null {
  const base = decodeShiftBase(value);
  if (!base || !isRecord(value)) return null;
  const until = value.giveBackUntil;
  const giveBackUntil = typeof until === 'string' && !Number.isNaN(Date.parse(until)) ? until : null;
  const cancelled = isText(value.cancelled) ? value.cancelled : null;
  const since = value.seekingStandInSince;
  const seekingStandInSince = typeof since === 'string' && !Number.isNaN(Date.parse(since)) ? since : null;
  return {
    ...base,
    mayGiveBack: value.mayGiveBack === true,
    giveBackUntil,
    cancelled,
    mayAskStandIn: value.mayAskStandIn === true,
    seekingStandInSince,
  };
}

function decodeAssignment(value: unknown): Assignment | null {
  if (!isRecord(value)) return null;
  const base = decodeShiftBase(value);
  if (!base || !isText(value.personId)) return null;
  const { areaName: _areaName, ...rest } = base;
  return { ...rest, personId: value.personId };
}

/** Soonest first: by date, then start time, then area so equal times keep a stable order. */
function bySoonest(a: { date: string; start: string; areaName: string }, b: typeof a): number {
  return a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.areaName.localeCompare(b.areaName);
}

function decodeShiftList<T extends { date: string; start: string; areaName: string }>(
  body: unknown,
  decode: (value: unknown) => T | null,
): T[] | null {
  if (!isRecord(body) || !Array.isArray(body.shifts)) return null;
  return body.shifts
    .map(decode)
    .filter((shift): shift is T => shift !== null)
    .sort(bySoonest);
}

function centerPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}`;
}

async function getShiftsAnswer<T extends { date: string; start: string; areaName: string }>(
  fetchFn: Fetch,
  path: string,
  decode: (value: unknown) => T | null,
): Promise<{ shifts: T[]; body: Record<string, unknown> }> {
  const response = await fetchFn(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  const body: unknown = await response.json().catch(() => null);
  const shifts = response.status === 200 ? decodeShiftList(body, decode) : null;
  if (!shifts || !isRecord(body)) throw new ApiError(`unexpected answer from ${path}`, response.status);
  return { shifts, body };
}

async function getShifts<T extends { date: string; start: string; areaName: string }>(
  fetchFn: Fetch,
  path: string,
  decode: (value: unknown) => T | null,
): Promise<T[]> {
  return (await getShiftsAnswer(fetchFn, path, decode)).shifts;
}

/**
 * The open places the signed-in person may take, soonest first. Throws `ApiError` (with the status)
 * when the server does not answer with a list, and a `TypeError` when it cannot be reached.
 */
export function fetchOpenShifts(fetchFn: Fetch, center: string): Promise<OpenShift[]> {
  return getShifts(fetchFn, `${centerPath(center)}/open-shifts`, decodeOpenShift);
}

/**
 * The open places and whether any published shift lies ahead at all, so an empty list can say why
 * (issue 13). An older answer without the flag reads as "published", the old wording's assumption.
 */
export async function fetchOpenShiftsAnswer(
  fetchFn: Fetch,
  center: string,
): Promise<{ shifts: OpenShift[]; publishedAhead: boolean }> {
  const { shifts, body } = await getShiftsAnswer(fetchFn, `${centerPath(center)}/open-shifts`, decodeOpenShift);
  return { shifts, publishedAhead: body.publishedAhead !== false };
}

/** The signed-in person's upcoming shifts, soonest first; fails like `fetchOpenShifts`. */
export function fetchMyShifts(fetchFn: Fetch, center: string): Promise<MyShift[]> {
  return getShifts(fetchFn, `${centerPath(center)}/my-shifts`, decodeMyShift);
}

/** Sends a claim or give-back; the server's 4xx refusal with a message becomes a value. */
async function send<T>(
  fetchFn: Fetch,
  path: string,
  method: 'POST' | 'DELETE',
  decode: (value: unknown) => T | null,
): Promise<({ ok: true } & T) | ClaimFailure> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
      credentials: 'same-origin',
    });
  } catch {
    // fetch rejects only when no HTTP answer arrived: offline, or the network failed on the way.
    return { ok: false, reason: 'unavailable', offline: true };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const decoded = decode(answer);
    return decoded ? { ok: true, ...decoded } : { ok: false, reason: 'unavailable' };
  }
  const message = isRecord(answer) && typeof answer.message === 'string' ? answer.message.trim() : '';
  if (response.status >= 400 && response.status < 500 && message) {
    const reason = isRecord(answer) ? answer.reason : undefined;
    const refusal = typeof reason === 'string' && KNOWN_REASONS.has(reason) ? (reason as ClaimRefusalReason) : 'other';
    return { ok: false, reason: 'refused', refusal, status: response.status, message };
  }
  return { ok: false, reason: 'unavailable' };
}

function claimPath(center: string, shiftId: string): string {
  return `${centerPath(center)}/shifts/${encodeURIComponent(shiftId)}/claim`;
}

/** Takes one free place of a shift for the signed-in person; the server checks every rule at once. */
export function claimShift(fetchFn: Fetch, target: { center: string; shiftId: string }): Promise<ClaimResult> {
  return send(fetchFn, claimPath(target.center, target.shiftId), 'POST', (answer) => {
    const assignment = isRecord(answer) ? decodeAssignment(answer.assignment) : null;
    return assignment ? { assignment } : null;
  });
}

/** Gives the signed-in person's place on a shift back, before the center's cut-off. */
export function giveBackShift(fetchFn: Fetch, target: { center: string; shiftId: string }): Promise<GiveBackResult> {
  return send(fetchFn, claimPath(target.center, target.shiftId), 'DELETE', () => ({}));
}

function standInPath(center: string, shiftId: string): string {
  return `${centerPath(center)}/shifts/${encodeURIComponent(shiftId)}/stand-in`;
}

/** Asks for a stand-in after the cut-off; the person stays on the shift until someone takes it over. */
export function askForStandIn(fetchFn: Fetch, target: { center: string; shiftId: string }): Promise<GiveBackResult> {
  return send(fetchFn, standInPath(target.center, target.shiftId), 'POST', () => ({}));
}

/** Ends the signed-in person's search for a stand-in; they keep the shift. */
export function endStandInSearch(fetchFn: Fetch, target: { center: string; shiftId: string }): Promise<GiveBackResult> {
  return send(fetchFn, standInPath(target.center, target.shiftId), 'DELETE', () => ({}));
}

/** Takes over the place of the person on the shift who has waited longest for a stand-in. */
export function takeOverShift(fetchFn: Fetch, target: { center: string; shiftId: string }): Promise<ClaimResult> {
  return send(fetchFn, `${standInPath(target.center, target.shiftId)}/take-over`, 'POST', (answer) => {
    const assignment = isRecord(answer) ? decodeAssignment(answer.assignment) : null;
    return assignment ? { assignment } : null;
  });
}
