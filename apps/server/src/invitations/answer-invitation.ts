/**
 * The holder of an existing account answers an invitation in her own session (ADR 21): accepting links
 * the invitation's person to her account, with the role the coordinator chose; declining retires the
 * link. Only the account whose address the coordinator entered for the person may answer.
 */
import type { Kysely } from 'kysely';
import {
  findOpenInvitationTarget,
  findPersonOfUserInCenter,
  findUserById,
  markInvitationUsed,
  normalizeEmail,
  revokeInvitation,
  updatePerson,
  type Database,
  type OpenInvitationTarget,
  type UserRow,
} from '@schichtbrett/db';
import { isRole, type InvitationOffer } from '@schichtbrett/domain';

export interface InvitationAnswer {
  tokenHash: Uint8Array;
  /** The signed-in account that answers. */
  userId: string;
  /** ISO time of the answer. */
  at: string;
}

export type OfferOutcome = { ok: true; offer: InvitationOffer } | { ok: false; reason: 'invalid' };

export type AcceptOutcome =
  | { ok: true; centerSlug: string }
  | { ok: false; reason: 'invalid' | 'not-for-you' | 'password-needed' | 'already-member' };

export type DeclineOutcome = { ok: true } | { ok: false; reason: 'invalid' | 'not-for-you' };

type Meant = { target: OpenInvitationTarget; user: UserRow };

/**
 * The open invitation and the answering account when the invitation is meant for it: its person has no
 * account yet and the coordinator entered exactly this account's address.
 */
async function invitationMeantFor(
  db: Kysely<Database>,
  answer: InvitationAnswer,
): Promise<Meant | 'invalid' | 'not-for-you'> {
  const target = await findOpenInvitationTarget(db, answer.tokenHash, answer.at);
  if (!target) return 'invalid';
  const user = await findUserById(db, answer.userId);
  const meant =
    user !== null &&
    target.personUserId === null &&
    target.personEmail !== null &&
    normalizeEmail(target.personEmail) === normalizeEmail(user.email);
  return meant ? { target, user } : 'not-for-you';
}

/** What the link offers this account; an invitation meant for someone else tells nothing about itself. */
export async function offerOfInvitation(db: Kysely<Database>, answer: InvitationAnswer): Promise<OfferOutcome> {
  const found = await invitationMeantFor(db, answer);
  if (found === 'invalid') return { ok: false, reason: 'invalid' };
  if (found === 'not-for-you' || !isRole(found.target.personRole)) return { ok: true, offer: { forYou: false } };
  return {
    ok: true,
    offer: {
      forYou: true,
      center: { slug: found.target.centerSlug, name: found.target.centerName },
      role: found.target.personRole,
      passwordNeeded: found.user.password_hash === null,
    },
  };
}

/** Links the invitation's person to the account and uses the link up, in one transaction. */
export function acceptInvitation(db: Kysely<Database>, answer: InvitationAnswer): Promise<AcceptOutcome> {
  return db.transaction().execute(async (trx): Promise<AcceptOutcome> => {
    const found = await invitationMeantFor(trx, answer);
    if (typeof found === 'string') return { ok: false, reason: found };
    const { target, user } = found;
    // An account in two places is worth more than a key: a lost session could no longer be replaced by a
    // new printout (that would sign someone in to an existing account), so it needs its own secret.
    if (user.password_hash === null) return { ok: false, reason: 'password-needed' };
    if (await findPersonOfUserInCenter(trx, target.centerId, user.id)) return { ok: false, reason: 'already-member' };
    if (!(await markInvitationUsed(trx, target.invitationId, answer.at))) return { ok: false, reason: 'invalid' };
    await updatePerson(trx, target.personId, { userId: user.id });
    return { ok: true, centerSlug: target.centerSlug };
  });
}

/** Retires the link; the person stays without account, and the coordinator sees no open invitation. */
export function declineInvitation(db: Kysely<Database>, answer: InvitationAnswer): Promise<DeclineOutcome> {
  return db.transaction().execute(async (trx): Promise<DeclineOutcome> => {
    const found = await invitationMeantFor(trx, answer);
    if (typeof found === 'string') return { ok: false, reason: found };
    await revokeInvitation(trx, found.target.invitationId, answer.at);
    return { ok: true };
  });
}
