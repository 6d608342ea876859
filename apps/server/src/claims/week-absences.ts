/**
 * Who of a center is away in one week: what a claim needs besides the claimant's records, since a place held
 * by someone away that day is open to others (domain staffing.ts), and what finalize proposes as "abwesend".
 */
import type { Kysely } from 'kysely';
import { listAbsencesOverlapping, type Database } from '@schichtbrett/db';
import { datesOfIsoWeek, parseIsoWeek, type Absence } from '@schichtbrett/domain';

/** Absences of the center's active people that touch the ISO week "YYYY-Www"; none for a malformed week. */
export async function absencesInWeek(db: Kysely<Database>, centerId: number, week: string): Promise<Absence[]> {
  const parsed = parseIsoWeek(week);
  const dates = parsed ? datesOfIsoWeek(parsed) : [];
  const from = dates[0];
  const to = dates.at(-1);
  if (from === undefined || to === undefined) return [];
  return listAbsencesOverlapping(db, { centerId, from, to });
}
