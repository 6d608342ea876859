/** What the audit trail of a week reads (issue 6): its attributed updates and its reopenings. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface UpdateHistoryRow {
  at: string;
  via: 'socket' | 'server' | 'baseline';
  personId: string | null;
  personName: string | null;
  data: Uint8Array;
}

/** Every row of the room's trail, oldest first (the order they were applied in). */
export async function listUpdateHistory(db: Kysely<Database>, room: string): Promise<UpdateHistoryRow[]> {
  const rows = await db
    .selectFrom('update_history')
    .select(['at', 'via', 'person_id', 'person_name', 'data'])
    .where('room', '=', room)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    via: row.via === 'socket' || row.via === 'server' ? row.via : 'baseline',
    personId: row.person_id,
    personName: row.person_name,
    data: row.data,
  }));
}

/** The reopenings of a week, oldest first, with the reason given. */
export function listWeekReopenings(
  db: Kysely<Database>,
  key: { centerId: number; week: string },
): Promise<{ at: string; reason: string }[]> {
  return db
    .selectFrom('week_reopenings')
    .select(['reopened_at as at', 'reason'])
    .where('center_id', '=', key.centerId)
    .where('week', '=', key.week)
    .orderBy('id')
    .execute();
}
