import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { fetchCenters } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { fetchSetupNeeded } from '$lib/setup/setup-api';
import type { PageLoad } from './$types';

/**
 * Opens the current week of the user's first center, or shows that there is none yet. An installation
 * without any center goes to the first run before anyone is asked to sign in.
 */
export const load: PageLoad = async ({ fetch, parent, url }) => {
  if (await fetchSetupNeeded(fetch).catch(() => false)) redirect(307, resolve('/einrichten'));
  await requireMe(parent, url);
  const centers = await fetchCenters(fetch).catch((cause: unknown) => failLoad(cause, url));
  const first = centers[0];
  if (first) redirect(307, resolve('/c/[center]/w/[week]', { center: first.slug, week: first.currentWeek }));
  return { centers };
};
