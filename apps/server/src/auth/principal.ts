/** The signed-in user with their memberships, read from the people rows linked to the account. */
import type { Kysely } from 'kysely';
import { findUserById, listMembershipRows, type Database } from '@schichtbrett/db';
import { displayName, isRole, type Membership, type Principal } from '@schichtbrett/domain';

export async function loadPrincipal(db: Kysely<Database>, userId: string): Promise<Principal | null> {
  const user = await findUserById(db, userId);
  if (!user) return null;
  const rows = await listMembershipRows(db, userId);
  const memberships: Membership[] = [];
  for (const row of rows) {
    // A row with a role this code does not know grants nothing rather than something.
    if (!isRole(row.role)) continue;
    memberships.push({
      center: row.center_slug,
      personId: row.person_id,
      role: row.role,
      areaIds: row.role === 'team-lead' ? parseAreaIds(row.area_ids) : [],
      displayName: displayName({ firstName: row.first_name, lastName: row.last_name }),
    });
  }
  return { userId: user.id, email: user.email, memberships };
}

function parseAreaIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
