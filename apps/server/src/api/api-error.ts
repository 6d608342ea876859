/** The one JSON error shape of /api: `{ error: <code>, message: <German sentence> }`. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'not-found'
  | 'invalid-json'
  | 'invalid-input'
  | 'unsupported-media-type'
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'rate-limited'
  | 'forbidden'
  | 'invitation-invalid'
  | 'last-coordinator'
  | 'already-member'
  /** An invitation for a person whose account exists already: its holder signs in and answers (ADR 21). */
  | 'account-exists'
  /** Accepting an invitation into a second place needs a password of one's own first. */
  | 'password-needed'
  | 'cross-origin'
  | 'date-outside-week'
  | 'unavailable'
  /** The week is finalized (the record): nothing of it changes until a coordinator reopens it. */
  | 'finalized'
  /** Reopening a week that is not finalized. */
  | 'not-finalized'
  /** Finalizing a draft: only a published week can become the record. */
  | 'not-published'
  /** The first run's setup code is missing or wrong. */
  | 'setup-code-invalid'
  /** The request body is larger than the route accepts. */
  | 'payload-too-large'
  /** Archiving an area whose shifts lie ahead or stand in the template; the answer lists them (issue 12). */
  | 'area-in-use'
  /** A new order of areas that does not name exactly the center's active areas (someone changed them). */
  | 'areas-changed'
  | 'internal';

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
  /** With `rate-limited`: seconds until another attempt is allowed (also sent as `Retry-After`). */
  retryAfterSeconds?: number;
  /** With `invalid-input` from forms (first run): a message per field name. */
  fields?: Record<string, string>;
}

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  error: ApiErrorCode,
  message: string,
  extra: Omit<ApiErrorBody, 'error' | 'message'> = {},
): Response {
  return c.json<ApiErrorBody>({ ...extra, error, message }, status);
}
