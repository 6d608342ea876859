/**
 * A center's profile and settings (issue 12): address and contact shown to members, the opening days
 * ("1,…,7", Monday = 1), and the week its board opens on. Frozen in time: typed Kysely<any>, imports
 * nothing from the application. Existing centers keep Monday to Saturday, what their board showed so far.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('centers')
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('centers')
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('centers')
    .addColumn('opening_days', 'text', (c) => c.notNull().defaultTo('1,2,3,4,5,6'))
    .execute();
  await db.schema
    .alterTable('centers')
    .addColumn('board_week', 'text', (c) => c.notNull().defaultTo('current'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['board_week', 'opening_days', 'contact', 'address']) {
    await db.schema.alterTable('centers').dropColumn(column).execute();
  }
}
