/** Accounts: one per e-mail address (stored trimmed and lowercased), with an argon2id hash or none. */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../tables';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | null> {
  return (
    (await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst()) ?? null
  );
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | null> {
  return (await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function insertUser(
  db: Kysely<Database>,
  user: { id: string; email: string; passwordHash: string | null },
): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: user.id, email: normalizeEmail(user.email), password_hash: user.passwordHash })
    .execute();
}

export async function setUserPasswordHash(db: Kysely<Database>, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Deletes an account; its sessions go with it and its people rows lose the link (foreign keys). */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', userId).execute();
}
