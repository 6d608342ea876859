/**
 * /api/invitations/offer|accept|decline: the holder of an existing account answers an invitation link in
 * her own session (ADR 21). The session stays hers; accepting only adds the membership the link offers.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '@schichtbrett/db';
import type { AddressSource } from '../auth/client-address';
import {
  acceptInvitation,
  declineInvitation,
  offerOfInvitation,
  type InvitationAnswer,
} from '../invitations/answer-invitation';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';
import { INVALID_LINK, invitationTokenGuard } from './invitation-token-guard';

export const NOT_FOR_YOU_MESSAGE =
  'Diese Einladung ist für ein anderes Konto. Bitte melde dich mit dem Konto an, dessen E-Mail-Adresse die Koordination eingetragen hat.';

export const PASSWORD_NEEDED_MESSAGE =
  'Bitte lege zuerst unter „Mein Konto“ ein Passwort fest. Danach kannst du die Einladung annehmen.';

export function invitationAnswerRoutes(options: {
  db: Kysely<Database>;
  now: () => Date;
  addressSource: AddressSource;
}) {
  const { db, now } = options;
  const guard = invitationTokenGuard(options);

  /** The answer's input, or the answer to send at once (429, or 410 for a malformed token). */
  async function answerOf(
    c: Context<ApiEnv>,
  ): Promise<{ answer: InvitationAnswer; refuseInvalid: () => Promise<Response> } | Response> {
    const admitted = await guard.admit(c);
    if (admitted instanceof Response) return admitted;
    const refuseInvalid = () => guard.refuse(c, admitted.keys, INVALID_LINK);
    if (!admitted.tokenHash) return refuseInvalid();
    const answer = { tokenHash: admitted.tokenHash, userId: signedIn(c).principal.userId, at: now().toISOString() };
    return { answer, refuseInvalid };
  }

  const notForYou = (c: Context) => apiError(c, 403, 'forbidden', NOT_FOR_YOU_MESSAGE);

  return new Hono<ApiEnv>()
    .post('/offer', requireSignIn, async (c) => {
      const input = await answerOf(c);
      if (input instanceof Response) return input;
      const outcome = await offerOfInvitation(db, input.answer);
      return outcome.ok ? c.json(outcome.offer) : input.refuseInvalid();
    })
    .post('/accept', requireSignIn, async (c) => {
      const input = await answerOf(c);
      if (input instanceof Response) return input;
      const outcome = await acceptInvitation(db, input.answer);
      if (outcome.ok) return c.json({ center: outcome.centerSlug });
      switch (outcome.reason) {
        case 'invalid':
          return input.refuseInvalid();
        case 'not-for-you':
          return notForYou(c);
        case 'password-needed':
          return apiError(c, 409, 'password-needed', PASSWORD_NEEDED_MESSAGE);
        case 'already-member':
          return apiError(c, 409, 'already-member', 'Du gehörst schon zu diesem Zentrum.');
        default: {
          const unknown: never = outcome.reason;
          throw new Error(`unknown refusal ${String(unknown)}`);
        }
      }
    })
    .post('/decline', requireSignIn, async (c) => {
      const input = await answerOf(c);
      if (input instanceof Response) return input;
      const outcome = await declineInvitation(db, input.answer);
      if (outcome.ok) return c.body(null, 204);
      return outcome.reason === 'invalid' ? input.refuseInvalid() : notForYou(c);
    });
}
