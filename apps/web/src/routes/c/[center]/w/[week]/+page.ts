import { error } from '@sveltejs/kit';
import { addIsoWeeks, currentIsoWeek, formatIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** Loads the center (areas, people, the user's role) of the board; the shifts come live over /sync. */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  await requireMe(parent, url);
  const week = parseIsoWeek(params.week);
  if (!week) error(404, { message: m.error_week_invalid() });
  const details = await fetchCenter(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return {
    details,
    week,
    weeks: {
      previous: formatIsoWeek(addIsoWeeks(week, -1)),
      current: formatIsoWeek(currentIsoWeek(new Date(), details.center.timeZone)),
      next: formatIsoWeek(addIsoWeeks(week, 1)),
      shown: formatIsoWeek(week),
    },
  };
};
