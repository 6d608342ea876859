/**
 * Accounts and sessions written straight into the database, for tests that need a signed-in user without
 * going through /api/auth/login (sync tests, a second center for the authorization matrix).
 */
import type { Kysely } from 'kysely';
import { insertUser, type Database } from '@schichtbrett/db';
import type { Role } from '@schichtbrett/domain';
import { createSession, SESSION_COOKIE } from '../../src/auth/sessions';

export interface TestAccount {
  userId: string;
  personId: string;
  /** `schichtbrett_session=<token>`, ready for a Cookie header. */
  cookie: string;
}

/**
 * Creates a user with a person in `centerSlug` (the center must exist) and a session for it. No password:
 * such accounts cannot log in, they only have the returned session.
 */
export async function createTestAccount(
  db: Kysely<Database>,
  options: { centerSlug: string; role: Role; areaIds?: string[]; name?: string; now?: Date },
): Promise<TestAccount> {
  const center = await db
    .selectFrom('centers')
    .select('id')
    .where('slug', '=', options.centerSlug)
    .executeTakeFirstOrThrow();
  const suffix = crypto.randomUUID().slice(0, 8);
  const userId = `user-test-${suffix}`;
  const personId = `person-test-${suffix}`;
  const [firstName = 'Test', lastName = 'Person'] = (options.name ?? 'Test Person').split(' ');
  await insertUser(db, { id: userId, email: `${suffix}@${options.centerSlug}.test`, passwordHash: null });
  await db
    .insertInto('people')
    .values({
      id: personId,
      center_id: center.id,
      first_name: firstName,
      last_name: lastName,
      email: null,
      phone: null,
      user_id: userId,
      role: options.role,
      area_ids: JSON.stringify(options.areaIds ?? []),
    })
    .execute();
  const { token } = await createSession(db, { userId, now: options.now ?? new Date() });
  return { userId, personId, cookie: `${SESSION_COOKIE}=${token}` };
}

/** Inserts a center if missing. */
export async function ensureCenter(db: Kysely<Database>, slug: string): Promise<void> {
  await db
    .insertInto('centers')
    .values({ slug, name: `Zentrum ${slug}`, time_zone: 'Europe/Berlin', state_code: 'HE' })
    .onConflict((conflict) => conflict.column('slug').doNothing())
    .execute();
}
