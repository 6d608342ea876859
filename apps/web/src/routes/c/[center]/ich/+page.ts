import { error } from '@sveltejs/kit';
import { todayIn } from '@schichtbrett/domain';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import { loadRecordsOfPerson } from '$lib/records/records-of-person';
import type { PageLoad } from './$types';

/** "Meine Angaben": the signed-in member's own availability and absences, and their Nachweise to read. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  const [details, records] = await Promise.all([
    fetchCenter(fetch, params.center),
    loadRecordsOfPerson(fetch, params.center, membership.personId),
  ]).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  const today = todayIn(new Date(), details.center.timeZone);
  return {
    center: params.center,
    centerName: details.center.name,
    personId: membership.personId,
    displayName: membership.displayName,
    mayEditQualifications: membership.role === 'coordinator',
    records,
    today,
  };
};
