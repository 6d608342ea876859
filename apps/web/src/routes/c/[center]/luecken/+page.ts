import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadCenterSummary } from '$lib/navigation/load-center-summary';
import type { PageLoad } from './$types';

/** "Lücken" in the header: the gaps of the first week with shifts ahead (issue 13), as the server counts it. */
export const load: PageLoad = async (event) => {
  const { center } = await loadCenterSummary(event);
  redirect(307, resolve('/c/[center]/w/[week]/luecken', { center: center.slug, week: center.gapsWeek }));
};
