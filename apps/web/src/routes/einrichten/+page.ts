import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { fetchSetupNeeded } from '$lib/setup/setup-api';
import type { PageLoad } from './$types';

/** The first run; once the installation has a center, this page is gone and leads home. */
export const load: PageLoad = async ({ fetch }) => {
  const needed = await fetchSetupNeeded(fetch).catch(() => true);
  if (!needed) redirect(307, resolve('/'));
  return {};
};
