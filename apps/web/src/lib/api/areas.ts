/**
 * The client of `/api/centers/:center/areas` (issue 12): every write answers the center's whole list,
 * decoded with the domain's schema; a refusal carries the server's German message (and, when archiving
 * is refused, the shifts that are in the way).
 */
import {
  decodeAreaInUse,
  decodeAreaList,
  decodeFirstSteps,
  type FirstSteps,
  type Area,
  type AreaChanges,
  type BlockingShift,
  type NewArea,
} from '@schichtbrett/domain';

type Fetch = typeof fetch;

export type AreaWriteResult =
  | { ok: true; areas: Area[] }
  | { ok: false; reason: 'refused'; message: string; shifts: BlockingShift[] }
  | { ok: false; reason: 'unavailable' };

function areasPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}/areas`;
}

function areaPath(center: string, areaId: string): string {
  return `${areasPath(center)}/${encodeURIComponent(areaId)}`;
}

async function send(fetchFn: Fetch, method: string, path: string, body?: unknown): Promise<AreaWriteResult> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const list = decodeAreaList(answer);
    return list ? { ok: true, areas: list.areas } : { ok: false, reason: 'unavailable' };
  }
  const inUse = decodeAreaInUse(answer);
  if (inUse) return { ok: false, reason: 'refused', message: inUse.message, shifts: inUse.shifts };
  const message =
    typeof answer === 'object' && answer !== null && 'message' in answer && typeof answer.message === 'string'
      ? answer.message
      : '';
  if (response.status >= 400 && response.status < 500 && message) {
    return { ok: false, reason: 'refused', message, shifts: [] };
  }
  return { ok: false, reason: 'unavailable' };
}

/** The center's areas (active in order, then archived); null when the server gives no usable answer. */
export async function fetchAreas(fetchFn: Fetch, center: string): Promise<Area[] | null> {
  const result = await send(fetchFn, 'GET', areasPath(center));
  return result.ok ? result.areas : null;
}

export const createArea = (fetchFn: Fetch, center: string, area: NewArea) =>
  send(fetchFn, 'POST', areasPath(center), area);

export const changeArea = (fetchFn: Fetch, center: string, areaId: string, changes: AreaChanges) =>
  send(fetchFn, 'PATCH', areaPath(center, areaId), changes);

export const reorderAreas = (fetchFn: Fetch, center: string, areaIds: readonly string[]) =>
  send(fetchFn, 'PUT', `${areasPath(center)}/order`, { areaIds });

export const archiveArea = (fetchFn: Fetch, center: string, areaId: string) =>
  send(fetchFn, 'POST', `${areaPath(center, areaId)}/archive`);

export const restoreArea = (fetchFn: Fetch, center: string, areaId: string) =>
  send(fetchFn, 'POST', `${areaPath(center, areaId)}/restore`);

/** The first-steps guide of the board (coordinators); null when there is none to show or no answer. */
export async function fetchFirstSteps(fetchFn: Fetch, center: string): Promise<FirstSteps | null> {
  try {
    const response = await fetchFn(`/api/centers/${encodeURIComponent(center)}/first-steps`, {
      headers: { accept: 'application/json' },
    });
    return response.ok ? decodeFirstSteps(await response.json()) : null;
  } catch {
    return null;
  }
}

/** Closes the guide for the signed-in coordinator; false when the server did not take it. */
export async function dismissFirstSteps(fetchFn: Fetch, center: string): Promise<boolean> {
  try {
    const path = `/api/centers/${encodeURIComponent(center)}/first-steps/dismiss`;
    return (await fetchFn(path, { method: 'POST' })).ok;
  } catch {
    return false;
  }
}
