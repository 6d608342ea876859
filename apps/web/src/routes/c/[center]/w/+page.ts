import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadCenterSummary } from '$lib/navigation/load-center-summary';
import type { PageLoad } from './$types';

/**
 * "Wochenplan" in the header: the board of the center's week, as the server counts it in the center's
 * time zone (a browser abroad or with a wrong clock would otherwise open the wrong week).
 */
export const load: PageLoad = async (event) => {
  const { center } = await loadCenterSummary(event);
  redirect(307, resolve('/c/[center]/w/[week]', { center: center.slug, week: center.currentWeek }));
};
