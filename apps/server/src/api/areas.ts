/**
 * /api/centers/:center/areas: the center's areas (issue 12). Every member reads them; coordinators create,
 * change, order, archive and restore them. Thin: decode with the domain's schema, run the command, answer.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { findCenterBySlug, type CenterRow, type Database } from '@schichtbrett/db';
import { areaChangesSchema, areaOrderSchema, membershipIn, newAreaSchema, type Membership } from '@schichtbrett/domain';
import { areasOfCenter, archiveArea, changeArea, createArea, reorderAreas, restoreArea } from '../areas/area-commands';
import type { AreaCommandDeps, AreaCommandResult } from '../areas/area-commands';
import type { CenterEvents } from '../live/center-events';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';
import { invalidInput } from './invalid-input';

export interface AreaRoutesOptions {
  db: Kysely<Database>;
  events: CenterEvents;
  now: () => Date;
}

export function areaRoutes({ db, events, now }: AreaRoutesOptions) {
  const deps: AreaCommandDeps = { db, events, now, newId: () => `area-${crypto.randomUUID()}` };

  async function member(c: Context<ApiEnv>): Promise<{ center: CenterRow; me: Membership } | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    return { center, me };
  }

  async function coordinator(c: Context<ApiEnv>): Promise<CenterRow | Response> {
    const who = await member(c);
    if (who instanceof Response) return who;
    if (who.me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Bereiche anlegen und ändern kann nur die Koordination des Zentrums.');
    }
    return who.center;
  }

  return new Hono<ApiEnv>()
    .get('/areas', requireSignIn, async (c) => {
      const who = await member(c);
      if (who instanceof Response) return who;
      return c.json({ areas: await areasOfCenter(db, who.center.id) });
    })
    .post('/areas', requireSignIn, async (c) => {
      const center = await coordinator(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(newAreaSchema, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      return answer(c, await createArea(deps, center, parsed.output), 201);
    })
    .put('/areas/order', requireSignIn, async (c) => {
      const center = await coordinator(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(areaOrderSchema, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      return answer(c, await reorderAreas(deps, center, parsed.output.areaIds));
    })
    .patch('/areas/:areaId', requireSignIn, async (c) => {
      const center = await coordinator(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(areaChangesSchema, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      return answer(c, await changeArea(deps, center, c.req.param('areaId'), parsed.output));
    })
    .post('/areas/:areaId/archive', requireSignIn, async (c) => {
      const center = await coordinator(c);
      if (center instanceof Response) return center;
      return answer(c, await archiveArea(deps, center, c.req.param('areaId')));
    })
    .post('/areas/:areaId/restore', requireSignIn, async (c) => {
      const center = await coordinator(c);
      if (center instanceof Response) return center;
      return answer(c, await restoreArea(deps, center, c.req.param('areaId')));
    });
}

/** The one mapping of an area command's outcome to HTTP. */
function answer(c: Context, result: AreaCommandResult, okStatus: 200 | 201 = 200): Response {
  if (result.ok) return c.json({ areas: result.areas }, okStatus);
  switch (result.reason) {
    case 'not-found':
      return apiError(c, 404, 'not-found', 'Diesen Bereich gibt es in diesem Zentrum nicht.');
    case 'order-mismatch':
      return apiError(
        c,
        409,
        'areas-changed',
        'Die Bereiche haben sich inzwischen geändert. Bitte lade die Seite neu und ordne sie dann.',
      );
    case 'in-use':
      return c.json(
        {
          error: 'area-in-use',
          message: `Dieser Bereich hat noch ${result.shifts.length === 1 ? 'eine Schicht' : `${result.shifts.length} Schichten`} in der Vorlage oder in den kommenden Wochen. Verschiebe oder lösche sie zuerst, dann kannst du ihn archivieren.`,
          shifts: result.shifts,
        },
        409,
      );
    default:
      return result satisfies never;
  }
}
