/** Session rows: created at login, found by id, extended while used, deleted at logout or revocation. */
import type { Kysely } from 'kysely';
import type { Database, SessionRow } from '../tables';

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | null> {
  return (await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function touchSession(
  db: Kysely<Database>,
  id: string,
  changes: { lastSeenAt: string; expiresAt?: string },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: changes.lastSeenAt, ...(changes.expiresAt ? { expires_at: changes.expiresAt } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** A user's sessions that have not expired at `now`, most recently used first. */
export function listUserSessions(db: Kysely<Database>, userId: string, now: string): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Removes a user's expired sessions (they are refused anyway; this only tidies up). */
export async function deleteExpiredSessions(db: Kysely<Database>, userId: string, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}

/** Ends every session of a user except one (after a password change: the device that changed it stays). */
export async function deleteOtherUserSessions(db: Kysely<Database>, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}
