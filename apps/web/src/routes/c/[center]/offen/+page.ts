import { error } from '@sveltejs/kit';
import { fetchCenter } from '$lib/api/centers';
import { fetchOpenShiftsAnswer } from '$lib/api/claims';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { fetchNotingCopies } from '$lib/offline/offline-copy';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/**
 * "Offene Schichten": the open places the signed-in member may take, for every role. Offline the service
 * worker answers with its last copy; `offlineCopyAt` says from when (null for a fresh list).
 */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  let offlineCopyAt: number | null = null;
  const me = await requireMe(parent, url);
  if (!me.memberships.some((entry) => entry.center === params.center)) error(403, { message: m.error_forbidden() });
  const [details, { shifts, publishedAhead }] = await Promise.all([
    fetchCenter(fetch, params.center),
    fetchOpenShiftsAnswer(
      fetchNotingCopies(fetch, (copyAt) => (offlineCopyAt = copyAt)),
      params.center,
    ),
  ]).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return { center: params.center, details, shifts, publishedAhead, offlineCopyAt };
};
