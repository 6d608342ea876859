/** The one JSON error shape of /api: `{ error: <code>, message: <German sentence> }`. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode = 'not-found' | 'invalid-json' | 'invalid-input' | 'unsupported-media-type' | 'internal';

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
}

export function apiError(c: Context, status: ContentfulStatusCode, error: ApiErrorCode, message: string): Response {
  return c.json<ApiErrorBody>({ error, message }, status);
}
