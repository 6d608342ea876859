import { error, redirect } from '@sveltejs/kit';
import { fetchSessions } from '$lib/api/auth';
import { fetchHasPassword } from '$lib/api/password';
import { fetchCenters } from '$lib/api/centers';
import { loginPath } from '$lib/auth/next-path';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** The user's own account: who they are and the devices they are signed in on. */
export const load: PageLoad = async ({ fetch, parent, url, depends }) => {
  depends('app:sessions');
  const me = await requireMe(parent, url);
  const sessions = await fetchSessions(fetch).catch(() => error(503, { message: m.error_server() }));
  if (!sessions) redirect(307, loginPath(url));
  // Only for the centers' names; the slugs do when the list cannot be had.
  const centers = await fetchCenters(fetch).catch(() => []);
  const centerNames = Object.fromEntries(centers.map((center) => [center.slug, center.name]));
  const hasPassword = await fetchHasPassword(fetch);
  return { me, sessions, centerNames, hasPassword };
};
