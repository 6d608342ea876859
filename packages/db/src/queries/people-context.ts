/**
 * The center-wide reads behind the board's people context of one week (issue 5): the absences that touch
 * the week and everybody's weekly slots, for the active people of a center. Qualification records and area
 * requirements come from person-records.ts and claim-context.ts.
 */
import type { Kysely } from 'kysely';
import type { Absence, AvailabilitySlot } from '@schichtbrett/domain';
import type { Database } from '../tables';
import { absenceOf } from './claim-context';
import { availabilitySlotOf } from './person-records';

/** Absences of the center's active people that overlap `from`…`to` (inclusive), by person and start. */
export async function listAbsencesOverlapping(
  db: Kysely<Database>,
  options: { centerId: number; from: string; to: string },
): Promise<Absence[]> {
  const rows = await db
    .selectFrom('absences as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .selectAll('a')
    .where('p.center_id', '=', options.centerId)
    .where('p.active', '=', 1)
    .where('a.from_date', '<=', options.to)
    .where('a.to_date', '>=', options.from)
    .orderBy('a.person_id')
    .orderBy('a.from_date')
    .orderBy('a.id')
    .execute();
  return rows.map(absenceOf);
}

/** Person id → weekly slots, for the center's active people who gave any (in weekday order). */
export async function listAvailabilityOfCenter(
  db: Kysely<Database>,
  centerId: number,
): Promise<Map<string, AvailabilitySlot[]>> {
  const rows = await db
    .selectFrom('availability_slots as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .selectAll('s')
    .where('p.center_id', '=', centerId)
    .where('p.active', '=', 1)
    .orderBy('s.person_id')
    .orderBy('s.weekday')
    .orderBy('s.id')
    .execute();
  const byPerson = new Map<string, AvailabilitySlot[]>();
  for (const row of rows) {
    const slot = availabilitySlotOf(row);
    if (slot) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), slot]);
  }
  return byPerson;
}
