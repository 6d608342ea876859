import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { fetchCenters } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { landingPathFor } from '$lib/navigation/landing-path';
import { fetchSetupNeeded } from '$lib/setup/setup-api';
import type { PageLoad } from './$types';

/**
 * Opens the user's first center where her work is (issue 13: the board, the gaps or her own shifts), or
 * shows that there is none yet. An installation without any center goes to the first run before anyone
 * is asked to sign in.
 */
export const load: PageLoad = async ({ fetch, parent, url }) => {
  if (await fetchSetupNeeded(fetch).catch(() => false)) redirect(307, resolve('/einrichten'));
  const me = await requireMe(parent, url);
  const centers = await fetchCenters(fetch).catch((cause: unknown) => failLoad(cause, url));
  const first = centers[0];
  const membership = first && me.memberships.find((entry) => entry.center === first.slug);
  if (first && membership) {
    redirect(307, await landingPathFor(fetch, first, membership).catch((cause: unknown) => failLoad(cause, url)));
  }
  return { centers };
};
