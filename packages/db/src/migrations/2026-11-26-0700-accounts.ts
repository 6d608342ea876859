/** Accounts, sessions, roles per center, login throttling. Frozen in time: typed Kysely<any>. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Stored lowercased and trimmed; compared as stored.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    // argon2id PHC string; null for people who sign in by invitation link only.
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // SHA-256 of the token's secret part; the secret itself is never stored.
    .addColumn('secret_hash', 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema
    .createTable('login_throttle')
    // "account:<email>" or "address:<ip>"
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('volunteer'))
    .execute();
  // JSON array of area ids a team lead is responsible for.
  await db.schema
    .alterTable('people')
    .addColumn('area_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('people_user').on('people').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('people_user').execute();
  for (const column of ['active', 'area_ids', 'role', 'user_id']) {
    await db.schema.alterTable('people').dropColumn(column).execute();
  }
  for (const table of ['login_throttle', 'sessions', 'users']) await db.schema.dropTable(table).execute();
}
