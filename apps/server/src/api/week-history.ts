/**
 * GET /api/centers/:center/weeks/:week/history: the audit trail of a week (issue 6, ADR 0019), told from
 * the attributed update history. Coordinators only: the trail names everyone's changes in every area,
 * including volunteers giving shifts back, which is the coordinators' business, not a team lead's.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  findCenterBySlug,
  listAreas,
  listPeople,
  listUpdateHistory,
  listWeekReopenings,
  type Database,
} from '@schichtbrett/db';
import {
  describeWeekHistory,
  displayName,
  formatIsoWeek,
  formatRoomName,
  membershipIn,
  parseIsoWeek,
  peopleNamedIn,
  withReopenReasons,
  type WeekHistoryResponse,
} from '@schichtbrett/domain';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export const DEFAULT_HISTORY_LIMIT = 200;

const Paging = v.object({
  limit: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(1000)),
    String(DEFAULT_HISTORY_LIMIT),
  ),
  offset: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0)), '0'),
});

export interface WeekHistoryRoutesOptions {
  db: Kysely<Database>;
}

export function weekHistoryRoutes({ db }: WeekHistoryRoutesOptions) {
  return new Hono<ApiEnv>().get('/history', requireSignIn, async (c) => {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Den Verlauf einer Woche sieht nur die Koordination des Zentrums.');
    }
    const week = parseIsoWeek(c.req.param('week') ?? '');
    if (!week) return apiError(c, 404, 'not-found', `Die Woche „${c.req.param('week')}“ gibt es nicht.`);
    const paging = v.safeParse(Paging, c.req.query());
    if (!paging.success) {
      return apiError(c, 400, 'invalid-input', '„limit“ geht von 1 bis 1000, „offset“ ab 0 (ganze Zahlen).');
    }
    const weekName = formatIsoWeek(week);
    const [rows, reopenings, people, areas] = await Promise.all([
      listUpdateHistory(db, formatRoomName({ kind: 'week', center: center.slug, week })),
      listWeekReopenings(db, { centerId: center.id, week: weekName }),
      listPeople(db, center.id),
      listAreas(db, center.id),
    ]);
    const events = withReopenReasons(describeWeekHistory(rows), reopenings).reverse();
    const { limit, offset } = paging.output;
    const page = events.slice(offset, offset + limit);
    const named = peopleNamedIn(page);
    const body: WeekHistoryResponse = {
      week: weekName,
      events: page,
      total: events.length,
      people: Object.fromEntries(
        people
          .filter((p) => named.has(p.id))
          .map((p) => [p.id, displayName({ firstName: p.first_name, lastName: p.last_name })]),
      ),
      areas: Object.fromEntries(areas.map((a) => [a.id, a.name])),
    };
    return c.json(body);
  });
}
