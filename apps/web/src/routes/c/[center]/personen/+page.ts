import { error } from '@sveltejs/kit';
import { fetchCenter } from '$lib/api/centers';
import { fetchExpiring } from '$lib/api/records';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import { fetchPeople } from '$lib/people/people-api';
import type { PageLoad } from './$types';

/** People management of a center, for its coordinators; everyone else gets a friendly notice. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  if (membership.role !== 'coordinator') return { allowed: false as const, center: params.center };
  const [details, people, expiring] = await Promise.all([
    fetchCenter(fetch, params.center),
    fetchPeople(fetch, params.center),
    fetchExpiring(fetch, params.center),
  ]).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return { allowed: true as const, center: params.center, details, people, expiring };
};
