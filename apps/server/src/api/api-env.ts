/** What /api middleware puts into the context before any route runs (see app.ts for the order). */
import { createMiddleware } from 'hono/factory';
import type { Principal } from '@schichtbrett/domain';
import type { ValidSession } from '../auth/sessions';
import { apiError } from './api-error';

export type ApiEnv = {
  Variables: {
    jsonBody: unknown;
    principal: Principal | null;
    session: ValidSession | null;
  };
};

/** 401 for anonymous requests; after it, `c.get('principal')` and `c.get('session')` are set. */
export const requireSignIn = createMiddleware<ApiEnv>(async (c, next) => {
  if (!c.get('principal') || !c.get('session')) {
    return apiError(c, 401, 'unauthenticated', 'Bitte melde dich an.');
  }
  return next();
});

/** The principal of a route behind `requireSignIn`; throws only on a wiring bug. */
export function signedIn(c: { get(key: 'principal'): Principal | null; get(key: 'session'): ValidSession | null }): {
  principal: Principal;
  session: ValidSession;
} {
  const principal = c.get('principal');
  const session = c.get('session');
  if (!principal || !session) throw new Error('route mounted without requireSignIn');
  return { principal, session };
}
