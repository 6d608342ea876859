import { error, redirect } from '@sveltejs/kit';
import { todayIn } from '@schichtbrett/domain';
import { resolve } from '$app/paths';
import { fetchCenter } from '$lib/api/centers';
import { failLoad } from '$lib/auth/load-errors';
import { requireMe } from '$lib/auth/require-me';
import { m } from '$lib/paraglide/messages';
import { fetchPeople } from '$lib/people/people-api';
import { loadRecordsOfPerson } from '$lib/records/records-of-person';
import type { PageLoad } from './$types';

/**
 * One person's Nachweise, availability and absences, for the center's coordinators. Anyone else who opens
 * their own page lands on "Meine Angaben"; other people's pages they may not see.
 */
export const load: PageLoad = async ({ fetch, params, parent, url }) => {
  const me = await requireMe(parent, url);
  const membership = me.memberships.find((entry) => entry.center === params.center);
  if (!membership) error(403, { message: m.error_forbidden() });
  if (membership.role !== 'coordinator') {
    if (membership.personId === params.person) redirect(307, resolve('/c/[center]/ich', { center: params.center }));
    return { allowed: false as const, center: params.center };
  }
  const [details, people] = await Promise.all([
    fetchCenter(fetch, params.center),
    fetchPeople(fetch, params.center),
  ]).catch((cause: unknown) => failLoad(cause, url));
  if (!details) error(404, { message: m.error_center_not_found() });
  // Asked first, so an unknown person gets "not found" rather than the records' 404 as a server error.
  const person = people.find((candidate) => candidate.id === params.person);
  if (!person) error(404, { message: m.records_person_not_found() });
  const records = await loadRecordsOfPerson(fetch, params.center, person.id).catch((cause: unknown) =>
    failLoad(cause, url),
  );
  const today = todayIn(new Date(), details.center.timeZone);
  return { allowed: true as const, center: params.center, person, records, today };
};
