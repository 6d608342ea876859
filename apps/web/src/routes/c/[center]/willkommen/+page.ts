import { error } from '@sveltejs/kit';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** The welcome after an invitation (issue 13): which center, and what a member can do here. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  if (!me.memberships.some((entry) => entry.center === params.center)) error(403, { message: m.error_forbidden() });
  const details = await fetchCenter(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return { center: params.center, centerName: details.center.name, role: details.me.role };
};
