/**
 * Areas a center sets up itself (issue 12): a description ("Kuchentheke und Kasse") and archiving, which
 * keeps an area with its history instead of deleting it. Frozen in time: typed Kysely<any>.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('areas')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('areas').addColumn('archived_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('areas').dropColumn('archived_at').execute();
  await db.schema.alterTable('areas').dropColumn('description').execute();
}
