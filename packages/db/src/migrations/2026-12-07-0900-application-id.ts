/**
 * Marks databases created before the mark existed (issue 11): the start refuses SQLite files that carry
 * another application's id. "SchB" in ASCII. Frozen in time: typed Kysely<any>, imports nothing from the
 * application.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`pragma application_id = 1399023682`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`pragma application_id = 0`.execute(db);
}
