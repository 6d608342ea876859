/**
 * The audit trail of a week (`GET /api/centers/:center/weeks/:week/history`, docs/api.md). The answer is
 * checked at the boundary: events of a kind this client does not know (a newer server) are left out
 * rather than shown as nonsense.
 */
import type { HistoryEvent, HistoryKind, WeekHistoryResponse } from '@schichtbrett/domain';
import { ApiError } from './centers';

type Fetch = typeof fetch;

const KINDS: ReadonlySet<HistoryKind> = new Set<HistoryKind>([
  'shift-created',
  'shift-deleted',
  'shift-changed',
  'person-assigned',
  'person-removed',
  'person-moved',
  'stand-in-asked',
  'stand-in-withdrawn',
  'stand-in-taken',
  'attendance-marked',
  'attendance-cleared',
  'day-closed',
  'day-reopened',
  'week-published',
  'week-unpublished',
  'week-finalized',
  'week-reopened',
]);

export const HISTORY_PAGE_SIZE = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEvent(value: unknown): value is HistoryEvent {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    KINDS.has(value.kind as HistoryKind) &&
    typeof value.at === 'string' &&
    (value.actor === null || (isRecord(value.actor) && typeof value.actor.name === 'string'))
  );
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export function historyPath(center: string, week: string, offset = 0): string {
  const base = `/api/centers/${encodeURIComponent(center)}/weeks/${encodeURIComponent(week)}/history`;
  return `${base}?limit=${HISTORY_PAGE_SIZE}&offset=${offset}`;
}

/** One page of the trail, newest first; anything but a 200 is thrown as `ApiError` with its status. */
export async function fetchWeekHistory(
  fetchFn: Fetch,
  center: string,
  week: string,
  offset = 0,
): Promise<WeekHistoryResponse> {
  const response = await fetchFn(historyPath(center, week, offset), { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200 || !isRecord(body) || !Array.isArray(body.events) || typeof body.total !== 'number') {
    throw new ApiError(`unexpected answer from the history of ${week}`, response.status);
  }
  return {
    week: typeof body.week === 'string' ? body.week : week,
    events: body.events.filter(isEvent),
    total: body.total,
    people: stringRecord(body.people),
    areas: stringRecord(body.areas),
  };
}
