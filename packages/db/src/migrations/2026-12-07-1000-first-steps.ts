/**
 * The first-steps guide on a new center's board (issue 12) is dismissed per coordinator: when this person
 * closed it. Frozen in time: typed Kysely<any>.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('first_steps_dismissed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('first_steps_dismissed_at').execute();
}
