import { addIsoWeeks, currentIsoWeek, formatIsoWeek } from '@schichtbrett/domain';
import { loadCenterWeek } from '$lib/navigation/load-center-week';
import type { PageLoad } from './$types';

/** Loads the center (areas, people, the user's role) of the board; the shifts come live over /sync. */
export const load: PageLoad = async (event) => {
  const { details, week } = await loadCenterWeek(event);
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
