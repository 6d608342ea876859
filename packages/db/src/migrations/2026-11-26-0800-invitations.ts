/** One-time invitation links for people without a password. Frozen in time: typed Kysely<any>. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('center_id', 'integer', (c) => c.notNull().references('centers.id').onDelete('cascade'))
    // SHA-256 of the token; the token itself is only ever in the printed link.
    .addColumn('token_hash', 'blob', (c) => c.notNull().unique())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invitations_person').on('invitations').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('invitations_person').execute();
  await db.schema.dropTable('invitations').execute();
}
