/** Requests that a person take a shift ("Anfragen", issue 6): asked by a planner, answered by the person. */
import type { Kysely } from 'kysely';
import type { Database, ShiftRequestRow } from '../tables';

/** The open request for this shift and person, if any (asking twice does not make two). */
export async function findOpenShiftRequest(
  db: Kysely<Database>,
  options: { centerId: number; shiftId: string; personId: string },
): Promise<ShiftRequestRow | null> {
  const row = await db
    .selectFrom('shift_requests')
    .selectAll()
    .where('center_id', '=', options.centerId)
    .where('shift_id', '=', options.shiftId)
    .where('person_id', '=', options.personId)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertShiftRequest(
  db: Kysely<Database>,
  request: { id: string; centerId: number; shiftId: string; personId: string; requestedBy: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('shift_requests')
    .values({
      id: request.id,
      center_id: request.centerId,
      shift_id: request.shiftId,
      person_id: request.personId,
      requested_by: request.requestedBy,
      created_at: request.createdAt,
    })
    .execute();
}

export async function findShiftRequest(
  db: Kysely<Database>,
  options: { centerId: number; id: string },
): Promise<ShiftRequestRow | null> {
  const row = await db
    .selectFrom('shift_requests')
    .selectAll()
    .where('center_id', '=', options.centerId)
    .where('id', '=', options.id)
    .executeTakeFirst();
  return row ?? null;
}

/** Closes an open request; false when it was answered meanwhile. */
export async function answerShiftRequest(
  db: Kysely<Database>,
  options: { id: string; answer: 'accepted' | 'declined'; answeredAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('shift_requests')
    .set({ answer: options.answer, answered_at: options.answeredAt })
    .where('id', '=', options.id)
    .where('answer', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** An open request of a person with the shift it is about (null fields: the shift left the projection). */
export interface OpenShiftRequestRow {
  id: string;
  shift_id: string;
  created_at: string;
  requested_by_first: string | null;
  requested_by_last: string | null;
  week: string | null;
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  area_id: string | null;
  area_name: string | null;
}

/** The person's open requests for shifts from `fromDate` on, soonest shift first. */
export async function listOpenShiftRequestsOf(
  db: Kysely<Database>,
  options: { centerId: number; personId: string; fromDate: string },
): Promise<OpenShiftRequestRow[]> {
  return db
    .selectFrom('shift_requests as r')
    .innerJoin('week_shifts as s', (join) =>
      join.onRef('s.center_id', '=', 'r.center_id').onRef('s.id', '=', 'r.shift_id'),
    )
    .leftJoin('areas as ar', (join) => join.onRef('ar.id', '=', 's.area_id').onRef('ar.center_id', '=', 's.center_id'))
    .leftJoin('people as p', 'p.id', 'r.requested_by')
    .select([
      'r.id',
      'r.shift_id',
      'r.created_at',
      'p.first_name as requested_by_first',
      'p.last_name as requested_by_last',
      's.week',
      's.date',
      's.start_time',
      's.end_time',
      's.area_id',
      'ar.name as area_name',
    ])
    .where('r.center_id', '=', options.centerId)
    .where('r.person_id', '=', options.personId)
    .where('r.answer', 'is', null)
    .where('s.date', '>=', options.fromDate)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .execute();
}
