/**
 * An account that is nothing but the key an earlier invitation made for one person: no password and no
 * other person in any center. Only such an account may be replaced by a new invitation (ADR 21).
 */
import type { Kysely } from 'kysely';
import { countPeopleOfUser, findUserById, type Database } from '@schichtbrett/db';

export async function isKeyOnlyAccount(db: Kysely<Database>, userId: string): Promise<boolean> {
  const user = await findUserById(db, userId);
  if (!user || user.password_hash !== null) return false;
  return (await countPeopleOfUser(db, userId)) <= 1;
}
