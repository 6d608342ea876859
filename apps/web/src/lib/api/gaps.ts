/**
 * The planners' gaps API (issue 6, docs/api.md "Gaps at a glance"): the heatmap and gaps of a week with
 * suggestions, and the command that puts a suggested person on a gap. Answers are decoded at the
 * boundary with the domain's schema; a refusal carries the server's German message.
 */
import { decodeGapsView, type GapsView } from '@schichtbrett/domain';
import { ApiError } from './centers';
import { postCommand } from './shift-requests';

type Fetch = typeof fetch;

export type GapsScope = 'mine' | 'all';

export type AssignResult =
  { ok: true } | { ok: false; reason: 'refused'; message: string } | { ok: false; reason: 'unavailable' };

function centerPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}`;
}

/** The week's gaps; throws `ApiError` with the status when the answer is not a gaps view. */
export async function fetchGaps(
  fetchFn: Fetch,
  target: { center: string; week: string; scope: GapsScope },
): Promise<GapsView> {
  const path = `${centerPath(target.center)}/weeks/${encodeURIComponent(target.week)}/gaps?areas=${target.scope}`;
  const response = await fetchFn(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  const body: unknown = await response.json().catch(() => null);
  const view = response.status === 200 ? decodeGapsView(body) : null;
  if (!view) throw new ApiError(`unexpected answer from ${path}`, response.status);
  return view;
}

/** Puts `personId` on the shift; the server checks it like a claim, so a place taken meanwhile is refused. */
export function assignToShift(
  fetchFn: Fetch,
  target: { center: string; shiftId: string; personId: string },
): Promise<AssignResult> {
  return postCommand(fetchFn, `${centerPath(target.center)}/shifts/${encodeURIComponent(target.shiftId)}/assign`, {
    personId: target.personId,
  });
}
