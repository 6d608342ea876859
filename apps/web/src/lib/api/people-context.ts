/**
 * The board's people context of one week (`/api/centers/:center/weeks/:week/people-context`, docs/api.md):
 * Nachweise, absences and weekly slots of the center's people and what each area requires. Decoded with
 * the domain's schema at the boundary; anything else (refused, offline, malformed) is null, and the board
 * then simply warns about less.
 */
import { decodePeopleContext, type PeopleContext } from '@schichtbrett/domain';

type Fetch = typeof fetch;

export function peopleContextPath(center: string, week: string): string {
  return `/api/centers/${encodeURIComponent(center)}/weeks/${encodeURIComponent(week)}/people-context`;
}

export async function fetchPeopleContext(fetchFn: Fetch, center: string, week: string): Promise<PeopleContext | null> {
  try {
    const response = await fetchFn(peopleContextPath(center, week), { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    return decodePeopleContext(await response.json());
  } catch {
    return null;
  }
}
