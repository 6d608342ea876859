import { error } from '@sveltejs/kit';
import { currentIsoWeek, formatIsoWeek } from '@schichtbrett/domain';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/**
 * The center's weekly template (Vorlage): coordinators edit it, team leads may look at it, volunteers
 * get a friendly notice. The template's shifts come live over /sync (room `template/<center>`).
 */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  if (membership.role === 'volunteer') return { allowed: false as const, center: params.center };
  const details = await fetchCenter(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return {
    allowed: true as const,
    center: params.center,
    details,
    readOnly: details.me.role !== 'coordinator',
    currentWeek: formatIsoWeek(currentIsoWeek(new Date(), details.center.timeZone)),
  };
};
