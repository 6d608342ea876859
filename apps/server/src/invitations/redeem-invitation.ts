/**
 * Redeeming an invitation link without an account: the link is a key to a NEW account for its person,
 * never to one that exists already (ADR 21). A holder of an existing account answers in her own session.
 */
import type { Kysely } from 'kysely';
import {
  deleteUser,
  findOpenInvitationTarget,
  findUserByEmail,
  insertUser,
  markInvitationUsed,
  normalizeEmail,
  updatePerson,
  type Database,
} from '@schichtbrett/db';
import { isKeyOnlyAccount } from './key-only-account';

/** Domain of the e-mail address given to accounts of people who have none (RFC 2606: never deliverable). */
const INVITED_EMAIL_DOMAIN = 'invited.invalid';

export type RedeemOutcome =
  /** `retiredUserId`: the person's earlier key-only account, deleted with its sessions. */
  | { ok: true; userId: string; retiredUserId: string | null }
  /** Unknown, used, revoked or expired link, or an inactive person: one reason for all. */
  | { ok: false; reason: 'invalid' }
  /** The person has an account worth protecting, or their address is an existing account's. */
  | { ok: false; reason: 'account-exists' };

/**
 * Uses the invitation once and creates the account its person signs in with. A person whose earlier
 * account is only a key (no password, no other person) gets a fresh account in its place, so a lost
 * session can still be replaced by a new printout. Everything in one transaction: two simultaneous
 * redemptions cannot both succeed.
 */
export function redeemInvitation(
  db: Kysely<Database>,
  options: { tokenHash: Uint8Array; at: string },
): Promise<RedeemOutcome> {
  const { tokenHash, at } = options;
  return db.transaction().execute(async (trx): Promise<RedeemOutcome> => {
    const target = await findOpenInvitationTarget(trx, tokenHash, at);
    if (!target) return { ok: false, reason: 'invalid' };
    const retiredUserId = target.personUserId;
    if (retiredUserId && !(await isKeyOnlyAccount(trx, retiredUserId))) return { ok: false, reason: 'account-exists' };
    const ownEmail = target.personEmail ? normalizeEmail(target.personEmail) : null;
    const holder = ownEmail ? await findUserByEmail(trx, ownEmail) : null;
    if (holder && holder.id !== retiredUserId) return { ok: false, reason: 'account-exists' };
    if (!(await markInvitationUsed(trx, target.invitationId, at))) return { ok: false, reason: 'invalid' };
    // Deleted first, so the person's address is free again for the new account.
    if (retiredUserId) await deleteUser(trx, retiredUserId);
    const userId = `user-${crypto.randomUUID()}`;
    const email = ownEmail ?? `person-${target.personId}@${INVITED_EMAIL_DOMAIN}`;
    await insertUser(trx, { id: userId, email, passwordHash: null });
    await updatePerson(trx, target.personId, { userId });
    return { ok: true, userId, retiredUserId };
  });
}
