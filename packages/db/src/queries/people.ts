/** A user's places in centers: the active people rows linked to the account, with their center's slug. */
import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface MembershipRow {
  center_slug: string;
  person_id: string;
  first_name: string;
  last_name: string;
  role: string;
  area_ids: string;
}

export function listMembershipRows(db: Kysely<Database>, userId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('people')
    .innerJoin('centers', 'centers.id', 'people.center_id')
    .select([
      'centers.slug as center_slug',
      'people.id as person_id',
      'people.first_name',
      'people.last_name',
      'people.role',
      'people.area_ids',
    ])
    .where('people.user_id', '=', userId)
    .where('people.active', '=', 1)
    .orderBy('centers.name')
    .execute();
}
