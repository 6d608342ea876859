/**
 * The answer of POST /api/invitations/offer (ADR 21): what an invitation link offers the signed-in
 * account. The server builds it, the web decodes it with this schema, so both agree on one shape.
 */
import * as v from 'valibot';
import { ROLES } from './permissions';

export const invitationOfferSchema = v.variant('forYou', [
  v.object({
    /** The invitation's person has no account and the coordinator entered this account's address. */
    forYou: v.literal(true),
    center: v.object({ slug: v.string(), name: v.string() }),
    /** The role the coordinator chose; accepting gives exactly this membership. */
    role: v.picklist(ROLES),
    /** Accepting needs a password first, so that the account joining a second place is not only a key. */
    passwordNeeded: v.boolean(),
  }),
  /** Meant for another account (or for a new one): nothing about it is told. */
  v.object({ forYou: v.literal(false) }),
]);

export type InvitationOffer = v.InferOutput<typeof invitationOfferSchema>;

/** The offer as the server sent it; null when it is not one. */
export function decodeInvitationOffer(value: unknown): InvitationOffer | null {
  const parsed = v.safeParse(invitationOfferSchema, value);
  return parsed.success ? parsed.output : null;
}
