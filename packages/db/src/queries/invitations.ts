/**
 * Invitation links: looked up by the hash of their token; open means neither used, revoked nor expired.
 * An open link keeps its token for its page to show again; using or revoking it forgets the token.
 */
import type { Kysely } from 'kysely';
import type { Database, InvitationRow } from '../tables';

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: Omit<InvitationRow, 'used_at' | 'revoked_at'>,
): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

export async function findInvitation(db: Kysely<Database>, id: string): Promise<InvitationRow | null> {
  return (await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** A person's invitations that could still be redeemed at `now` (ISO), newest first: one meaning of "open". */
function openInvitationsOf(db: Kysely<Database>, personId: string, now: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc');
}

export function listOpenInvitations(db: Kysely<Database>, personId: string, now: string): Promise<InvitationRow[]> {
  return openInvitationsOf(db, personId, now).execute();
}

/** The person's newest open link that can be shown again (it kept its token), or null. */
export async function findShownInvitation(
  db: Kysely<Database>,
  personId: string,
  now: string,
): Promise<(InvitationRow & { link_token: string }) | null> {
  const row = await openInvitationsOf(db, personId, now).where('link_token', 'is not', null).executeTakeFirst();
  return row?.link_token ? { ...row, link_token: row.link_token } : null;
}

/** Revokes every not yet used or revoked invitation of a person; returns how many. */
export async function revokePersonInvitations(db: Kysely<Database>, personId: string, now: string): Promise<number> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now, link_token: null })
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function revokeInvitation(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: now, link_token: null })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Marks an invitation used if it is still open; false when another request was first (single use). */
export async function markInvitationUsed(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ used_at: now, link_token: null })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An open invitation with what redeeming or answering it needs: its person (active) and its center. */
export interface OpenInvitationTarget {
  invitationId: string;
  personId: string;
  /** The person's contact address as the coordinator entered it, or null. */
  personEmail: string | null;
  /** The account the person is linked to, or null. */
  personUserId: string | null;
  personRole: string;
  centerId: number;
  centerSlug: string;
  centerName: string;
}

/**
 * The invitation with this token hash if it could be used at `now` (ISO): neither used, revoked nor
 * expired, and its person active. Null otherwise, with no hint which of these failed.
 */
export async function findOpenInvitationTarget(
  db: Kysely<Database>,
  tokenHash: Uint8Array,
  now: string,
): Promise<OpenInvitationTarget | null> {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('people', 'people.id', 'invitations.person_id')
    .innerJoin('centers', 'centers.id', 'people.center_id')
    .select([
      'invitations.id as invitationId',
      'people.id as personId',
      'people.email as personEmail',
      'people.user_id as personUserId',
      'people.role as personRole',
      'centers.id as centerId',
      'centers.slug as centerSlug',
      'centers.name as centerName',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .where('invitations.used_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .where('people.active', '=', 1)
    .executeTakeFirst();
  return row ?? null;
}
