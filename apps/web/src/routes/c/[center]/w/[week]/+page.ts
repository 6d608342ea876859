import { error } from '@sveltejs/kit';
import { addIsoWeeks, currentIsoWeek, formatIsoWeek, parseIsoWeek } from '@schichtbrett/domain';
import { fetchCenter } from '$lib/api/centers';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** Loads the center (areas, people) of the board; the shifts themselves come live over /sync. */
export const load: PageLoad = async ({ fetch, params }) => {
  const week = parseIsoWeek(params.week);
  if (!week) error(404, { message: m.error_week_invalid() });
  const details = await fetchCenter(fetch, params.center).catch(() => error(503, { message: m.error_server() }));
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
