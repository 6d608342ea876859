/** The route of a landing, and what a loader needs to find it for one center (issue 13). */
import { resolve } from '$app/paths';
import type { Membership } from '@schichtbrett/domain';
import type { CenterSummary } from '$lib/api/centers';
import { fetchMyShifts } from '$lib/api/claims';
import { landingOf, type Landing } from './landing';

export function landingPath(center: string, landing: Landing): string {
  switch (landing.page) {
    case 'board':
      return resolve('/c/[center]/w/[week]', { center, week: landing.week });
    case 'gaps':
      return resolve('/c/[center]/w/[week]/luecken', { center, week: landing.week });
    case 'mine':
      return resolve('/c/[center]/meine', { center });
    case 'open':
      return resolve('/c/[center]/offen', { center });
    default: {
      const unknown: never = landing;
      throw new Error(`unknown landing ${JSON.stringify(unknown)}`);
    }
  }
}

/** The path a member of `center` lands on; only a volunteer's own shifts are asked for. */
export async function landingPathFor(
  fetchFn: typeof fetch,
  center: CenterSummary,
  membership: Membership,
): Promise<string> {
  const mine = membership.role === 'volunteer' ? await fetchMyShifts(fetchFn, center.slug) : [];
  const landing = landingOf({
    role: membership.role,
    boardWeek: center.currentWeek,
    gapsWeek: center.gapsWeek,
    myShiftsAhead: mine.filter((shift) => shift.cancelled === null).length,
  });
  return landingPath(center.slug, landing);
}
