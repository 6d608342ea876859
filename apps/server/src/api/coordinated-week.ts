/**
 * What every coordinator command on one week resolves first (planning, publishing, closing days,
 * finalizing): the center, the caller's membership as its coordinator, the week and its room. Returns the
 * answer to send instead when it cannot (403, 404).
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { findCenterBySlug, type CenterRow, type Database } from '@schichtbrett/db';
import { formatRoomName, membershipIn, parseIsoWeek, type IsoWeek, type Membership } from '@schichtbrett/domain';
import { apiError } from './api-error';
import { signedIn, type ApiEnv } from './api-env';

export interface CoordinatedWeek {
  center: CenterRow;
  me: Membership;
  week: IsoWeek;
  room: string;
}

/** The center and week of the path when the caller coordinates the center; otherwise the 403 or 404 answer. */
export async function coordinatedWeek(db: Kysely<Database>, c: Context<ApiEnv>): Promise<CoordinatedWeek | Response> {
  const slug = c.req.param('center') ?? '';
  const me = membershipIn(signedIn(c).principal, slug);
  const center = me ? await findCenterBySlug(db, slug) : null;
  if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
  if (me.role !== 'coordinator') {
    return apiError(c, 403, 'forbidden', 'Wochenpläne bearbeiten kann nur die Koordination des Zentrums.');
  }
  const week = parseIsoWeek(c.req.param('week') ?? '');
  if (!week) return apiError(c, 404, 'not-found', `Die Woche „${c.req.param('week')}“ gibt es nicht.`);
  return { center, me, week, room: formatRoomName({ kind: 'week', center: center.slug, week }) };
}

/** 409 for any change of a finalized week. */
export function weekFinalized(c: Context): Response {
  return apiError(
    c,
    409,
    'finalized',
    'Diese Woche ist abgeschlossen und kann nicht mehr geändert werden. Zum Ändern bitte erst wieder öffnen.',
  );
}
