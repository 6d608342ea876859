/** The 400 answer for a body its schema refused: each distinct German sentence of the issues, once. */
import type { Context } from 'hono';
import type * as v from 'valibot';
import { apiError } from './api-error';

export function invalidInput(c: Context, issues: readonly v.BaseIssue<unknown>[]): Response {
  const messages = [...new Set(issues.map((issue) => issue.message))];
  return apiError(c, 400, 'invalid-input', messages.join(' '));
}
