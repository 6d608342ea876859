/**
 * GET and PUT /api/centers/:center/settings (issue 12): the center's profile and settings, for its
 * coordinators only. Members read what concerns them (name, address, contact, opening days) from
 * GET /api/centers/:slug. A change tells the center's open pages (`center-changed`), which re-read it.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { findCenterBySlug, type CenterRow, type Database } from '@schichtbrett/db';
import { centerSettingsSchema, membershipIn } from '@schichtbrett/domain';
import type { CenterEvents } from '../live/center-events';
import { saveCenterSettings, settingsOfCenter } from '../settings/center-settings';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export function centerSettingsRoutes({ db, events }: { db: Kysely<Database>; events: CenterEvents }) {
  /** The center of the path when the caller coordinates it; otherwise the 403 answer. */
  async function coordinatedCenter(c: Context<ApiEnv>): Promise<CenterRow | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Die Einstellungen des Zentrums ändert nur die Koordination.');
    }
    return center;
  }

  return new Hono<ApiEnv>()
    .get('/settings', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      return c.json(settingsOfCenter(center));
    })
    .put('/settings', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(centerSettingsSchema, c.get('jsonBody'));
      if (!parsed.success) {
        const messages = [...new Set(parsed.issues.map((issue) => issue.message))];
        return apiError(c, 400, 'invalid-input', messages.join(' '));
      }
      const result = await saveCenterSettings({ db, centerId: center.id, settings: parsed.output });
      if (!result.ok) return apiError(c, 404, 'not-found', 'Dieses Zentrum gibt es nicht mehr.');
      // Open boards re-read the center: its opening days are their columns, its name and contact their header.
      events.centerChanged(center.slug);
      return c.json(result.settings);
    });
}
