/**
 * /api/centers/:center/first-steps: the guide on a new center's board (issue 12), for coordinators. Each
 * step is derived from the center's data, so it ticks itself; closing it is stored per coordinator.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { dismissFirstSteps, findCenterBySlug, readFirstStepsFacts, type Database } from '@schichtbrett/db';
import { membershipIn, type FirstSteps } from '@schichtbrett/domain';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export function firstStepsRoutes({ db, now }: { db: Kysely<Database>; now: () => Date }) {
  return new Hono<ApiEnv>()
    .get('/first-steps', requireSignIn, async (c) => {
      const me = membershipIn(signedIn(c).principal, c.req.param('center') ?? '');
      const center = me ? await findCenterBySlug(db, me.center) : null;
      if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
      if (me.role !== 'coordinator') {
        return apiError(c, 403, 'forbidden', 'Die ersten Schritte sind für die Koordination des Zentrums.');
      }
      const facts = await readFirstStepsFacts(db, center.id, me.personId);
      const body: FirstSteps = {
        done: {
          areas: facts.hasAreas,
          template: facts.hasTemplateShifts,
          people: facts.hasOtherPeople,
          published: facts.hasPublishedWeek,
        },
        dismissed: facts.dismissed,
      };
      return c.json(body);
    })
    .post('/first-steps/dismiss', requireSignIn, async (c) => {
      const me = membershipIn(signedIn(c).principal, c.req.param('center') ?? '');
      if (!me) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
      if (me.role !== 'coordinator') {
        return apiError(c, 403, 'forbidden', 'Die ersten Schritte sind für die Koordination des Zentrums.');
      }
      await dismissFirstSteps(db, me.personId, now().toISOString());
      return c.body(null, 204);
    });
}
