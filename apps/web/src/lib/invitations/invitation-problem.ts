/** The words for a refused invitation step: the server's German sentence where it sent one. */
import { m } from '$lib/paraglide/messages';
import type { AnswerResult, RedeemResult } from './invitations-api';

type Refusal = Extract<RedeemResult, { ok: false }> | Extract<AnswerResult, { ok: false }>;

export function invitationProblem(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'invalid':
      return m.redeem_invalid();
    case 'unavailable':
      return m.error_server();
    case 'account-exists':
      return refusal.message ?? m.redeem_account_exists();
    case 'rate-limited':
    case 'password-needed':
    case 'refused':
      return refusal.message ?? m.error_server();
    default: {
      const unknown: never = refusal;
      return String(unknown);
    }
  }
}
