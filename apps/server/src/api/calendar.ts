/**
 * Calendars (issue 5): a person's secret, revocable iCal feed of their shifts, and "add to calendar" for
 * one shift. The feed is served outside /api at `/cal/<token>.ics`: calendar apps cannot sign in, so the
 * secret URL is the credential (docs/decisions/0011-calendar-feed.md). It reads the SQL projection of the
 * week documents, which follows every change of a week, so a subscribed calendar follows the plan.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import {
  findCenterBySlug,
  findLiveCalendarFeed,
  findLiveCalendarFeedByTokenHash,
  findProjectedShift,
  listShiftsOfPerson,
  replaceCalendarFeed,
  revokeCalendarFeeds,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import { membershipIn, todayIn, type Membership } from '@schichtbrett/domain';
import { feedTokenOfFileName, generateFeedToken, hashFeedToken } from '../calendar/feed-token';
import { addDays, shiftCalendar, type CalendarCenter } from '../calendar/shift-calendar';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface CalendarRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  /** `ORIGIN`: feed URLs point there. */
  origin: string;
}

/** What the feed holds: from 4 weeks back to 26 weeks ahead of today in the center's time zone. */
export const FEED_DAYS_BACK = 4 * 7;
export const FEED_DAYS_AHEAD = 26 * 7;

const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Drafts are the coordinators' work in progress; only published (or later) weeks reach calendars. */
function isPublished(status: string): boolean {
  return status !== 'draft';
}

function calendarCenter(center: CenterRow): CalendarCenter {
  return { slug: center.slug, name: center.name, timeZone: center.time_zone };
}

/** `/api/centers/:center/calendar-feed` and `/api/centers/:center/shifts/:shiftId/ics` (absolute paths). */
export function calendarRoutes({ db, now, origin }: CalendarRoutesOptions) {
  /** The center and the caller's membership in it; otherwise the 403 to send. */
  async function memberOf(c: Context<ApiEnv>): Promise<{ center: CenterRow; me: Membership } | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    return { center, me };
  }

  return new Hono<ApiEnv>()
    .get('/centers/:center/calendar-feed', requireSignIn, async (c) => {
      const target = await memberOf(c);
      if (target instanceof Response) return target;
      const feed = await findLiveCalendarFeed(db, { personId: target.me.personId, centerId: target.center.id });
      // Never the URL: only its hash is stored. Lost it? Create a new one.
      return c.json({ feed: feed ? { createdAt: feed.created_at } : null });
    })
    .post('/centers/:center/calendar-feed', requireSignIn, async (c) => {
      const target = await memberOf(c);
      if (target instanceof Response) return target;
      const token = generateFeedToken();
      const createdAt = now().toISOString();
      await replaceCalendarFeed(db, {
        id: crypto.randomUUID(),
        personId: target.me.personId,
        centerId: target.center.id,
        tokenHash: hashFeedToken(token),
        now: createdAt,
      });
      return c.json({ url: `${origin}/cal/${token}.ics`, createdAt }, 201);
    })
    .delete('/centers/:center/calendar-feed', requireSignIn, async (c) => {
      const target = await memberOf(c);
      if (target instanceof Response) return target;
      await revokeCalendarFeeds(db, {
        personId: target.me.personId,
        centerId: target.center.id,
        now: now().toISOString(),
      });
      return c.body(null, 204);
    })
    .get('/centers/:center/shifts/:shiftId/ics', requireSignIn, async (c) => {
      const target = await memberOf(c);
      if (target instanceof Response) return target;
      const shift = await findProjectedShift(db, target.center.id, c.req.param('shiftId'));
      // Drafts stay with the coordination, as on the board.
      if (!shift || (!isPublished(shift.status) && target.me.role !== 'coordinator')) {
        return apiError(c, 404, 'not-found', 'Diese Schicht gibt es nicht.');
      }
      const body = shiftCalendar({
        center: calendarCenter(target.center),
        name: `Schichtbrett – ${target.center.name}`,
        now: now(),
        kind: 'single',
        shifts: [
          {
            id: shift.id,
            date: shift.date,
            start: shift.start_time,
            end: shift.end_time,
            areaName: shift.area_name,
            notes: shift.notes,
            cancelled: shift.cancelled,
          },
        ],
      });
      const fileName = `schicht-${shift.date}-${shift.start_time.replace(':', '')}.ics`;
      return c.body(body, 200, {
        'Content-Type': ICS_TYPE,
        'Content-Disposition': `attachment; filename="${fileName}"`,
      });
    });
}

/** The public feed, `GET /cal/<token>.ics`: no session, the token is the credential. */
export function calendarFeedRoutes({ db, now, logger }: Omit<CalendarRoutesOptions, 'origin'> & { logger: Logger }) {
  const notFound = (c: Context) =>
    c.text('Diesen Kalender gibt es nicht (mehr).', 404, {
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    });

  return new Hono()
    .onError((error, c) => {
      // Not the app's handler: that one logs the path, and here the path is the secret.
      logger.error({ err: error, path: '/cal/…' }, 'serving a calendar feed failed');
      return c.text('Der Kalender ist gerade nicht verfügbar.', 500, { 'Cache-Control': 'no-store' });
    })
    .get('/:file', async (c) => {
      const token = feedTokenOfFileName(c.req.param('file'));
      const feed = token ? await findLiveCalendarFeedByTokenHash(db, hashFeedToken(token)) : null;
      const center = feed && feed.person_active === 1 ? await findCenterById(db, feed.center_id) : null;
      if (!feed || !center) return notFound(c);
      const at = now();
      const today = todayIn(at, center.time_zone);
      const rows = await listShiftsOfPerson(db, {
        centerId: center.id,
        personId: feed.person_id,
        fromDate: addDays(today, -FEED_DAYS_BACK),
        toDate: addDays(today, FEED_DAYS_AHEAD),
      });
      const body = shiftCalendar({
        center: calendarCenter(center),
        name: `Schichtbrett – ${center.name}`,
        now: at,
        kind: 'feed',
        shifts: rows
          .filter((row) => isPublished(row.status))
          .map((row) => ({
            id: row.id,
            date: row.date,
            start: row.start_time,
            end: row.end_time,
            areaName: row.area_name,
            notes: row.notes,
            cancelled: row.cancelled,
          })),
      });
      return c.body(body, 200, {
        'Content-Type': ICS_TYPE,
        // Personal: no shared cache; calendar apps poll, a few minutes of staleness is fine.
        'Cache-Control': 'private, max-age=300',
        // The URL is the secret: it must not leak onward, nor be indexed.
        'Referrer-Policy': 'no-referrer',
        'X-Robots-Tag': 'noindex',
      });
    });
}

async function findCenterById(db: Kysely<Database>, centerId: number): Promise<CenterRow | null> {
  return (await db.selectFrom('centers').selectAll().where('id', '=', centerId).executeTakeFirst()) ?? null;
}
