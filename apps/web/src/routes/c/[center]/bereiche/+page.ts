import { error } from '@sveltejs/kit';
import { fetchAreas } from '$lib/api/areas';
import { fetchCenter } from '$lib/api/centers';
import { fetchRequirements } from '$lib/api/records';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import { fetchPeople } from '$lib/people/people-api';
import type { PageLoad } from './$types';

/**
 * The center's areas (archived ones too), the Nachweise each active one requires and, for coordinators,
 * the people (who leads which area); coordinators edit.
 */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  const [details, areas] = await Promise.all([
    fetchCenter(fetch, params.center),
    fetchAreas(fetch, params.center),
  ]).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  if (!areas) error(503, { message: m.areas_unavailable() });
  const required = await Promise.all(
    details.areas.map(async (area) => ({ area, kinds: await fetchRequirements(fetch, params.center, area.id) })),
  ).catch((cause: unknown) => failLoad(cause, url));
  const editable = membership.role === 'coordinator';
  const people = editable
    ? await fetchPeople(fetch, params.center).catch((cause: unknown) => failLoad(cause, url))
    : null;
  return {
    center: params.center,
    centerName: details.center.name,
    editable,
    areas,
    people,
    required,
  };
};
