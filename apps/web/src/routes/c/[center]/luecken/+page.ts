import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { fetchCenters } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** "Lücken" in the header: the gaps of the center's current week (as the server counts it). */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  await requireMe(parent, url);
  const centers = await fetchCenters(fetch).catch((cause: unknown) => failLoad(cause, url));
  const center = centers.find((entry) => entry.slug === params.center);
  if (!center) error(404, { message: m.error_center_not_found() });
  redirect(307, resolve('/c/[center]/w/[week]/luecken', { center: center.slug, week: center.currentWeek }));
};
