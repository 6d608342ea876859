/** Failed-login counters per key (`account:<email>`, `address:<ip>`); a success deletes the key. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export async function findThrottle(
  db: Kysely<Database>,
  key: string,
): Promise<{ failures: number; lastFailureAt: string } | null> {
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  return row ? { failures: row.failures, lastFailureAt: row.last_failure_at } : null;
}

export async function recordThrottleFailure(db: Kysely<Database>, key: string, at: string): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, last_failure_at: at })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => ({
        failures: eb('login_throttle.failures', '+', 1),
        last_failure_at: at,
      })),
    )
    .execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Forgets every counter whose last failure is before `before` (keeps the table small). */
export async function deleteThrottlesBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('last_failure_at', '<', before).execute();
}
