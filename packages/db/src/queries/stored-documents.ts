/**
 * A document written outside its room (the demo seed): its state as the room's first snapshot row of
 * `sync_updates`, and the same bytes as the `baseline` row of its audit trail. Without the baseline the
 * trail replays later edits onto nothing and tells none of them (issue 11, item 9; ADR 0019).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

/** Call inside the transaction that creates what the document belongs to; the room must not be loaded. */
export async function insertDocumentWithBaseline(
  db: Kysely<Database>,
  document: { room: string; state: Uint8Array },
): Promise<void> {
  await db.insertInto('sync_updates').values({ room: document.room, data: document.state, is_snapshot: 1 }).execute();
  await db
    .insertInto('update_history')
    .values({ room: document.room, data: document.state, via: 'baseline' })
    .execute();
}
