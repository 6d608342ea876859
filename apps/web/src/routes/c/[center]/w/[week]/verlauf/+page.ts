import { formatIsoWeek } from '@schichtbrett/domain';
import { fetchWeekHistory } from '$lib/api/history';
import { failLoad } from '$lib/auth/load-errors';
import { loadCenterWeek } from '$lib/navigation/load-center-week';
import type { PageLoad } from './$types';

/** The audit trail of a week, for the center's coordinators; everyone else gets a friendly notice. */
export const load: PageLoad = async (event) => {
  const { details, week } = await loadCenterWeek(event);
  const weekPath = formatIsoWeek(week);
  if (details.me.role !== 'coordinator') return { allowed: false as const, details, weekPath };
  const history = await fetchWeekHistory(event.fetch, details.center.slug, weekPath).catch((cause: unknown) =>
    failLoad(cause, event.url),
  );
  return { allowed: true as const, details, weekPath, history };
};
