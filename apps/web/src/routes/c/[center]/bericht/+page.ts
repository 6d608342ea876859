import { error } from '@sveltejs/kit';
import { parseReportPeriod, todayIn } from '@schichtbrett/domain';
import { fetchCenters } from '$lib/api/centers';
import { fetchHoursReport, hoursReportPath } from '$lib/api/reports';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { defaultPeriod } from '$lib/components/report/report-format';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

/**
 * "Stundenbericht": the hours of finalized weeks for the period in the address (`?from=YYYY-MM&to=YYYY-MM`);
 * without one, this year so far in the center's time zone. Coordinators only, as the API.
 */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  if (membership.role !== 'coordinator') error(403, { message: m.report_forbidden() });
  const centers = await fetchCenters(fetch).catch((cause: unknown) => failLoad(cause, url));
  const center = centers.find((entry) => entry.slug === params.center);
  if (!center) error(404, { message: m.error_center_not_found() });

  const today = todayIn(new Date(), center.timeZone);
  const asked = url.searchParams.has('from') || url.searchParams.has('to');
  const parsed = parseReportPeriod(url.searchParams.get('from') ?? undefined, url.searchParams.get('to') ?? undefined);
  const period = parsed.ok ? parsed.period : defaultPeriod(today);
  const report = await fetchHoursReport(fetch, params.center, period).catch((cause: unknown) => failLoad(cause, url));
  return {
    center: params.center,
    period,
    invalidPeriod: asked && !parsed.ok,
    report,
    today,
    csvHref: hoursReportPath(params.center, period, 'csv'),
  };
};
