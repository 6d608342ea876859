/**
 * "Vertretung suchen" (issue 5): the projection records since when a person on a shift looks for a
 * stand-in (ms since epoch, as in the week document), so "Offene Schichten" and "Meine Schichten" can
 * ask SQL. Null: not looking. Frozen in time: typed Kysely<any>, imports nothing from the application.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('shift_assignments').addColumn('stand_in_since', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('shift_assignments').dropColumn('stand_in_since').execute();
}
