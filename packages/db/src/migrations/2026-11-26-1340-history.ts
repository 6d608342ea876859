/**
 * The audit trail (issue 6): every accepted update of a room, with who sent it and when, kept forever.
 * `sync_updates` cannot serve: compaction folds its rows into one snapshot, which loses who did what.
 * Each row repeats the update's bytes so the week can be replayed step by step; `via` says how it came:
 * 'socket' (a board edit of the person), 'server' (a command run for the person; person null when no
 * one asked, e.g. preparing a new week) or 'baseline' (what was stored before the trail began, copied
 * from sync_updates by this migration; replayed, never described).
 * Frozen in time: typed Kysely<any>, imports nothing from the application.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  await db.schema
    .createTable('update_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('data', 'blob', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('via', 'text', (c) => c.notNull())
    // people.id, no foreign key: the trail outlives the person; the name is copied in for the same reason.
    .addColumn('person_id', 'text')
    .addColumn('person_name', 'text')
    .execute();
  await db.schema.createIndex('update_history_room_id').on('update_history').columns(['room', 'id']).execute();
  await sql`INSERT INTO update_history (room, data, at, via)
            SELECT room, data, created_at, 'baseline' FROM sync_updates ORDER BY id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('update_history').execute();
}
