import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { fetchCenters } from '$lib/api/centers';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** Opens the current week of the first center, or shows that there is none yet. */
export const load: PageLoad = async ({ fetch }) => {
  const centers = await fetchCenters(fetch).catch(() => error(503, { message: m.error_server() }));
  const first = centers[0];
  if (first) redirect(307, resolve('/c/[center]/w/[week]', { center: first.slug, week: first.currentWeek }));
  return { centers };
};
