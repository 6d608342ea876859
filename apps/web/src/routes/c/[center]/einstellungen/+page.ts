import { error } from '@sveltejs/kit';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import { fetchSettings } from '$lib/settings/settings-api';
import type { PageLoad } from './$types';

/** "Einstellungen": the center's profile, opening days and rules. Coordinators only, as the API. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  if (membership.role !== 'coordinator') error(403, { message: m.settings_forbidden() });
  const settings = await fetchSettings(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  return { center: params.center, settings };
};
