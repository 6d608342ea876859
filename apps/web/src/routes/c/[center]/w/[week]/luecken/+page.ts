import { error } from '@sveltejs/kit';
import { addIsoWeeks, formatIsoWeek } from '@schichtbrett/domain';
import { fetchGaps, type GapsScope } from '$lib/api/gaps';
import { failLoad } from '$lib/auth/load-errors';
import { loadCenterWeek } from '$lib/navigation/load-center-week';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** "Lücken" of a week for planners; `?areas=all` widens a team lead's view to every area. */
export const load: PageLoad = async (event) => {
  const { details, week } = await loadCenterWeek(event);
  if (details.me.role === 'volunteer') error(403, { message: m.error_forbidden() });
  const scope: GapsScope = event.url.searchParams.get('areas') === 'all' ? 'all' : 'mine';
  const target = { center: details.center.slug, week: formatIsoWeek(week), scope };
  const view = await fetchGaps(event.fetch, target).catch((cause: unknown) => failLoad(cause, event.url));
  const weeks = { previous: formatIsoWeek(addIsoWeeks(week, -1)), next: formatIsoWeek(addIsoWeeks(week, 1)) };
  return { details, target, view, weeks };
};
