import { error, redirect } from '@sveltejs/kit';
import { currentIsoWeek, datesOfIsoWeek, formatIsoWeek, parseLocalDate } from '@schichtbrett/domain';
import { resolve } from '$app/paths';
import { loadCenterWeek } from '$lib/navigation/load-center-week';
import { weekOfDate } from '$lib/navigation/week-of-date';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/** One day of a week for printing; the shifts come live over /sync, as on the board. */
export const load: PageLoad = async (event) => {
  const { params } = event;
  if (!parseLocalDate(params.date)) error(404, { message: m.print_date_invalid() });
  const { details, week } = await loadCenterWeek(event);
  // A date of another week (a hand-edited link) is shown in its own week rather than refused.
  if (!datesOfIsoWeek(week).includes(params.date)) {
    const ownWeek = weekOfDate(params.date) ?? formatIsoWeek(week);
    redirect(
      307,
      resolve('/c/[center]/w/[week]/tag/[date]', { center: params.center, week: ownWeek, date: params.date }),
    );
  }
  return {
    details,
    week,
    date: params.date,
    weekPath: formatIsoWeek(week),
    currentWeek: formatIsoWeek(currentIsoWeek(new Date(), details.center.timeZone)),
  };
};
