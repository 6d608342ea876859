/**
 * People management of a center (coordinators only, enforced in apps/server/src/api/people.ts): the full
 * rows with whether each person has an account, and the writes that add and change people.
 */
import type { Kysely } from 'kysely';
import type { Database, PersonRow } from '../tables';

export interface PersonAdminRow extends PersonRow {
  /** True when the person is linked to a user row (an account, with or without a password yet). */
  has_account: boolean;
}

function withAccount(db: Kysely<Database>) {
  return db
    .selectFrom('people')
    .leftJoin('users', 'users.id', 'people.user_id')
    .selectAll('people')
    .select('users.id as account_id');
}

function toAdminRow(row: PersonRow & { account_id: string | null }): PersonAdminRow {
  const { account_id: accountId, ...person } = row;
  return { ...person, has_account: accountId !== null };
}

export async function listPeopleForAdmin(db: Kysely<Database>, centerId: number): Promise<PersonAdminRow[]> {
  const rows = await withAccount(db)
    .where('people.center_id', '=', centerId)
    .orderBy('people.first_name')
    .orderBy('people.last_name')
    .execute();
  return rows.map(toAdminRow);
}

export async function findPersonForAdmin(
  db: Kysely<Database>,
  centerId: number,
  personId: string,
): Promise<PersonAdminRow | null> {
  const row = await withAccount(db)
    .where('people.center_id', '=', centerId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  return row ? toAdminRow(row) : null;
}

export interface NewPersonValues {
  id: string;
  centerId: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  role: string;
  areaIds: string[];
  userId: string | null;
}

export async function insertPerson(db: Kysely<Database>, person: NewPersonValues): Promise<void> {
  await db
    .insertInto('people')
    .values({
      id: person.id,
      center_id: person.centerId,
      first_name: person.firstName,
      last_name: person.lastName,
      email: person.email,
      phone: person.phone,
      role: person.role,
      area_ids: JSON.stringify(person.areaIds),
      user_id: person.userId,
      active: 1,
    })
    .execute();
}

export interface PersonChanges {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  role?: string;
  areaIds?: string[];
  active?: boolean;
  userId?: string | null;
}

export async function updatePerson(db: Kysely<Database>, personId: string, changes: PersonChanges): Promise<void> {
  const set: Partial<Record<string, string | number | null>> = {};
  if (changes.firstName !== undefined) set.first_name = changes.firstName;
  if (changes.lastName !== undefined) set.last_name = changes.lastName;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.phone !== undefined) set.phone = changes.phone;
  if (changes.role !== undefined) set.role = changes.role;
  if (changes.areaIds !== undefined) set.area_ids = JSON.stringify(changes.areaIds);
  if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
  if (changes.userId !== undefined) set.user_id = changes.userId;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('people').set(set).where('id', '=', personId).execute();
}

/** Active coordinators of a center, optionally not counting one person. */
export async function countActiveCoordinators(
  db: Kysely<Database>,
  centerId: number,
  exceptPersonId?: string,
): Promise<number> {
  let query = db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('center_id', '=', centerId)
    .where('role', '=', 'coordinator')
    .where('active', '=', 1);
  if (exceptPersonId) query = query.where('id', '!=', exceptPersonId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether the user already has a person in this center (one account, one person per center). */
export async function findPersonOfUserInCenter(
  db: Kysely<Database>,
  centerId: number,
  userId: string,
): Promise<PersonRow | null> {
  return (
    (await db
      .selectFrom('people')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('user_id', '=', userId)
      .executeTakeFirst()) ?? null
  );
}

/** How many active people rows (memberships) the user has across all centers. */
export async function countActiveMemberships(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many people rows, in any center and active or not, are linked to the account. */
export async function countPeopleOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PersonIdentityRow {
  first_name: string;
  last_name: string;
  /** The contact address the coordinator entered. */
  email: string | null;
  /** The sign-in address of the linked account, which may differ from the contact address. */
  account_email: string | null;
}

/** Names and addresses of everyone in a center, active or not: what an import matches its rows against. */
export function listPersonIdentities(db: Kysely<Database>, centerId: number): Promise<PersonIdentityRow[]> {
  return db
    .selectFrom('people')
    .leftJoin('users', 'users.id', 'people.user_id')
    .select(['people.first_name', 'people.last_name', 'people.email', 'users.email as account_email'])
    .where('people.center_id', '=', centerId)
    .execute();
}
