/**
 * Runs every request under /centers/:center/… on behalf of the caller's person in that center, so a
 * command that changes a week as the server is written to the audit trail with their name (ADR 0019).
 */
import { createMiddleware } from 'hono/factory';
import { membershipIn } from '@schichtbrett/domain';
import { actAs } from '../sync';
import type { ApiEnv } from './api-env';

export const actingMember = createMiddleware<ApiEnv>(async (c, next) => {
  const me = membershipIn(c.get('principal'), c.req.param('center') ?? c.req.param('slug') ?? '');
  if (!me) return next();
  await actAs({ personId: me.personId, displayName: me.displayName }, next);
});
