import { redirect } from '@sveltejs/kit';
import { failLoad } from '$lib/auth/load-errors';
import { landingPathFor } from '$lib/navigation/landing-path';
import { loadCenterSummary } from '$lib/navigation/load-center-summary';
import type { PageLoad } from './$types';

/**
 * A center's start: where the member's work is (issue 13). Weeks are as the server counts them in the
 * center's time zone (a browser abroad or with a wrong clock would otherwise open the wrong week).
 */
export const load: PageLoad = async (event) => {
  const { center, membership } = await loadCenterSummary(event);
  const path = await landingPathFor(event.fetch, center, membership).catch((cause: unknown) =>
    failLoad(cause, event.url),
  );
  redirect(307, path);
};
