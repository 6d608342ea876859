/** The part of the center-start redirects they share: who is signed in, and the center as listed for her. */
import { error } from '@sveltejs/kit';
import type { Membership } from '@schichtbrett/domain';
import { fetchCenters, type CenterSummary } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe, type AuthData } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';

export interface CenterLoadEvent {
  fetch: typeof fetch;
  params: { center: string };
  parent: () => Promise<AuthData>;
  url: URL;
}

/** The center with its weeks (as the server counts them) and the user's membership; 404 when she has none. */
export async function loadCenterSummary({ fetch, params, parent, url }: CenterLoadEvent): Promise<{
  center: CenterSummary;
  membership: Membership;
}> {
  const me = await requireMe(parent, url);
  const centers = await fetchCenters(fetch).catch((cause: unknown) => failLoad(cause, url));
  const center = centers.find((entry) => entry.slug === params.center);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!center || !membership) error(404, { message: m.error_center_not_found() });
  return { center, membership };
}
