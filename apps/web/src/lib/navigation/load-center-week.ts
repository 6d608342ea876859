/** The part of loading a week page that the board and its day sheets share: who is signed in, the week, the center. */
import { error } from '@sveltejs/kit';
import { parseIsoWeek, type IsoWeek } from '@schichtbrett/domain';
import { fetchCenter, type CenterDetails } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe, type AuthData } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';

export interface CenterWeekLoadEvent {
  fetch: typeof fetch;
  params: { center: string; week: string };
  parent: () => Promise<AuthData>;
  url: URL;
}

/** Signed-in check, the week from the path (404 if it is none) and the center's details. */
export async function loadCenterWeek({ fetch, params, parent, url }: CenterWeekLoadEvent): Promise<{
  details: CenterDetails;
  week: IsoWeek;
}> {
  await requireMe(parent, url);
  const week = parseIsoWeek(params.week);
  if (!week) error(404, { message: m.error_week_invalid() });
  const details = await fetchCenter(fetch, params.center).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  return { details, week };
}
