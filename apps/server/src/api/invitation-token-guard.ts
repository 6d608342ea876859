/**
 * What every route that takes an invitation token shares: the token read from the body and hashed, and
 * throttling per client address (refusals count as failed logins do, ADR 7), checked before any lookup.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '@schichtbrett/db';
import { clientAddress, type AddressSource } from '../auth/client-address';
import { hashInvitationToken, isInvitationTokenShape } from '../auth/invitation-token';
import { recordLoginFailure, secondsUntilAllowed, type ThrottleKeys } from '../auth/login-throttle';
import { apiError, type ApiErrorCode } from './api-error';
import type { ApiEnv } from './api-env';

export const INVITATION_INVALID_MESSAGE =
  'Dieser Einladungslink gilt nicht mehr. Bitte frag die Koordination nach einem neuen.';

const TokenBody = v.object({ token: v.pipe(v.string(), v.maxLength(200)) });

export interface AdmittedToken {
  keys: ThrottleKeys;
  /** SHA-256 of the body's token; null for a body without a well-formed one (refused like an unknown link). */
  tokenHash: Uint8Array | null;
}

export function invitationTokenGuard(options: { db: Kysely<Database>; now: () => Date; addressSource: AddressSource }) {
  const { db, now, addressSource } = options;
  return {
    /** The request's token, or the 429 answer when this client has had too many links refused. */
    async admit(c: Context<ApiEnv>): Promise<AdmittedToken | Response> {
      const address = clientAddress(c, addressSource);
      // Once for invitation links alone, once in the address's login counter.
      const keys: ThrottleKeys = { account: `redeem:${address}`, address: `address:${address}` };
      const wait = await secondsUntilAllowed(db, keys, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        const words = wait < 90 ? `${wait} Sekunden` : `${Math.ceil(wait / 60)} Minuten`;
        return apiError(c, 429, 'rate-limited', `Zu viele ungültige Einladungslinks. Bitte warte ${words}.`, {
          retryAfterSeconds: wait,
        });
      }
      const parsed = v.safeParse(TokenBody, c.get('jsonBody'));
      const token = parsed.success ? parsed.output.token : '';
      return { keys, tokenHash: isInvitationTokenShape(token) ? hashInvitationToken(token) : null };
    },
    /** Counts a refusal against the client, then answers it. */
    async refuse(
      c: Context<ApiEnv>,
      keys: ThrottleKeys,
      refusal: { status: 409 | 410; error: ApiErrorCode; message: string },
    ): Promise<Response> {
      await recordLoginFailure(db, keys, now());
      return apiError(c, refusal.status, refusal.error, refusal.message);
    },
  };
}

/** The one answer for an unknown, malformed, used, revoked or expired link, or an inactive person. */
export const INVALID_LINK = { status: 410, error: 'invitation-invalid', message: INVITATION_INVALID_MESSAGE } as const;
