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
  await insertDocumentWithTrail(db, { ...document, baseline: document.state, steps: [] });
}

/** One attributed step of a trail written outside its room: what a server command did for a person. */
export interface TrailStep {
  data: Uint8Array;
  /** ISO instant the step happened. */
  at: string;
  personId: string;
  personName: string;
}

/**
 * A document written with a past of its own (the demo's finalized week): `state` as the room's snapshot,
 * and a trail of the `baseline` it started from and the attributed `steps` that led to `state`, so the
 * Verlauf tells them as if they had gone through the room.
 */
export async function insertDocumentWithTrail(
  db: Kysely<Database>,
  document: { room: string; state: Uint8Array; baseline: Uint8Array; steps: readonly TrailStep[] },
): Promise<void> {
  await db.insertInto('sync_updates').values({ room: document.room, data: document.state, is_snapshot: 1 }).execute();
  await db
    .insertInto('update_history')
    .values({ room: document.room, data: document.baseline, via: 'baseline' })
    .execute();
  for (const step of document.steps) {
    await db
      .insertInto('update_history')
      .values({
        room: document.room,
        data: step.data,
        at: step.at,
        via: 'server',
        person_id: step.personId,
        person_name: step.personName,
      })
      .execute();
  }
}
