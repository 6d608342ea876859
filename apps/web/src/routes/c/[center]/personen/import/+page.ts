import { error } from '@sveltejs/kit';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** The people import: coordinators only; the page itself reads the file and asks the server. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  await requireMe(parent, url);
  const details = await fetchCenter(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  if (details.me.role !== 'coordinator') error(403, { message: m.import_only_coordinators() });
  return { center: details.center };
};
