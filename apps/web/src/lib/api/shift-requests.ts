/**
 * "Anfragen" (issue 6, docs/api.md): planners ask a person to take a shift; the person lists their open
 * requests and accepts or declines each. Answers are decoded at the boundary; refusals carry the server's
 * German message.
 */
import type { LocalDate } from '@schichtbrett/domain';
import type { AssignResult } from './gaps';

type Fetch = typeof fetch;

export interface ShiftRequest {
  id: string;
  shiftId: string;
  date: LocalDate;
  start: string;
  end: string;
  areaId: string;
  /** Empty when the area has been deleted. */
  areaName: string;
  /** The planner who asked. */
  requestedBy: string;
}

function centerPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TIME = /^\d{2}:\d{2}$/;

export function decodeShiftRequest(value: unknown): ShiftRequest | null {
  if (!isRecord(value)) return null;
  const { id, shiftId, date, start, end, areaId } = value;
  if (typeof id !== 'string' || typeof shiftId !== 'string' || typeof areaId !== 'string') return null;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (typeof start !== 'string' || !TIME.test(start) || typeof end !== 'string' || !TIME.test(end)) return null;
  return {
    id,
    shiftId,
    date,
    start,
    end,
    areaId,
    areaName: typeof value.areaName === 'string' ? value.areaName : '',
    requestedBy: typeof value.requestedBy === 'string' ? value.requestedBy : '',
  };
}

/** The signed-in person's open requests, soonest first; null when there is no usable answer. */
export async function fetchShiftRequests(fetchFn: Fetch, center: string): Promise<ShiftRequest[] | null> {
  try {
    const response = await fetchFn(`${centerPath(center)}/shift-requests`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.status !== 200 || !isRecord(body) || !Array.isArray(body.requests)) return null;
    return body.requests.map(decodeShiftRequest).filter((r): r is ShiftRequest => r !== null);
  } catch {
    return null;
  }
}

/** POSTs a command; a 4xx with a message becomes `refused`, anything else without an answer `unavailable`. */
export async function postCommand(fetchFn: Fetch, path: string, body: unknown = {}): Promise<AssignResult> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.ok) return { ok: true };
  const answer: unknown = await response.json().catch(() => null);
  const message = isRecord(answer) && typeof answer.message === 'string' ? answer.message.trim() : '';
  if (response.status >= 400 && response.status < 500 && message) return { ok: false, reason: 'refused', message };
  return { ok: false, reason: 'unavailable' };
}

/** Asks `personId` to take the shift (one open request per shift and person). */
export function sendShiftRequest(
  fetchFn: Fetch,
  target: { center: string; shiftId: string; personId: string },
): Promise<AssignResult> {
  return postCommand(fetchFn, `${centerPath(target.center)}/shifts/${encodeURIComponent(target.shiftId)}/requests`, {
    personId: target.personId,
  });
}

/** The addressee accepts (put on the shift with the checks of a claim) or declines. */
export function answerShiftRequest(
  fetchFn: Fetch,
  target: { center: string; id: string; answer: 'accept' | 'decline' },
): Promise<AssignResult> {
  return postCommand(
    fetchFn,
    `${centerPath(target.center)}/shift-requests/${encodeURIComponent(target.id)}/${target.answer}`,
  );
}
