import { redirect } from '@sveltejs/kit';
import { fetchMe } from '$lib/api/auth';
import { safeNextPath } from '$lib/auth/next-path';
import type { PageLoad } from './$types';

/**
 * The sign-in page; someone already signed in goes straight on to where they wanted to be. It asks the
 * server afresh rather than the layout's answer, which may predate a session that ended since (a 401
 * from the API sends people here, and trusting the old answer would send them straight back).
 */
export const load: PageLoad = async ({ fetch, url }) => {
  const next = safeNextPath(url.searchParams.get('next'));
  const me = await fetchMe(fetch).catch(() => null);
  if (me) redirect(307, next);
  return { next };
};
