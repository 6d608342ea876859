/**
 * /api/centers/:center/weeks/:week/…: the coordinators' commands on a week plan (issue 4): plan it from
 * the template or the previous week, publish or unpublish it, close or reopen a day. Each is one change of
 * the week's room as the server, so it is stored and reaches every open board at once.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { findCenterBySlug, type CenterRow, type Database } from '@schichtbrett/db';
import {
  closeDay,
  datesOfIsoWeek,
  formatIsoWeek,
  formatRoomName,
  membershipIn,
  parseIsoWeek,
  readMeta,
  reopenDay,
  setWeekStatus,
  weekStatusOf,
  type IsoWeek,
  type WeekStatus,
} from '@schichtbrett/domain';
import type { Logger } from 'pino';
import type { Notifier } from '../notify/notifier';
import { serverOrigin } from '../sync/room';
import type { ChangeDocumentResult, RoomRegistry } from '../sync/room-registry';
import { planWeek } from '../week/plan-week';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

const PlanBody = v.variant(
  'source',
  [
    v.object({ source: v.literal('template') }),
    v.object({
      source: v.literal('previous-week'),
      withPeople: v.boolean('„withPeople“ muss ja oder nein (true/false) sein.'),
    }),
  ],
  'Als Quelle geht „template“ (Vorlage) oder „previous-week“ (Vorwoche).',
);

const CloseDayBody = v.object({
  reason: v.pipe(
    v.string('Bitte gib einen Grund an.'),
    v.trim(),
    v.minLength(1, 'Bitte gib einen Grund an.'),
    v.maxLength(200, 'Der Grund ist zu lang (höchstens 200 Zeichen).'),
  ),
});

export interface WeekCommandRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  notifier: Notifier;
  logger: Logger;
  now: () => Date;
}

interface Target {
  center: CenterRow;
  week: IsoWeek;
  room: string;
}

export function weekCommandRoutes({ db, rooms, notifier, logger, now }: WeekCommandRoutesOptions) {
  /** The center and week when the caller coordinates the center; otherwise the 403 or 404 answer. */
  async function target(c: Context<ApiEnv>): Promise<Target | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Wochenpläne bearbeiten kann nur die Koordination des Zentrums.');
    }
    const week = parseIsoWeek(c.req.param('week') ?? '');
    if (!week) return apiError(c, 404, 'not-found', `Die Woche „${c.req.param('week')}“ gibt es nicht.`);
    return { center, week, room: formatRoomName({ kind: 'week', center: center.slug, week }) };
  }

  /** The day of the path, or the 422 answer when it is not a day of the week. */
  function dayOf(c: Context<ApiEnv>, week: IsoWeek): string | Response {
    const date = c.req.param('date') ?? '';
    if (datesOfIsoWeek(week).includes(date)) return date;
    return apiError(c, 422, 'date-outside-week', `Der ${date} ist kein Tag der Woche ${formatIsoWeek(week)}.`);
  }

  async function changeStatus(c: Context<ApiEnv>, status: WeekStatus): Promise<Response> {
    const t = await target(c);
    if (t instanceof Response) return t;
    const result = await rooms.changeDocument(t.room, (doc) => {
      setWeekStatus(doc, status, serverOrigin);
      return weekStatusOf(doc);
    });
    return result.ok ? c.json({ status: result.value }) : unavailable(c, result);
  }

  return new Hono<ApiEnv>()
    .post('/plan', requireSignIn, async (c) => {
      const t = await target(c);
      if (t instanceof Response) return t;
      const parsed = v.safeParse(PlanBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      const result = await planWeek(rooms, {
        center: t.center.slug,
        stateCode: t.center.state_code,
        week: t.week,
        source: parsed.output,
        now: now().getTime(),
      });
      return result.ok ? c.json(result.value) : unavailable(c, result);
    })
    .post('/publish', requireSignIn, (c) => changeStatus(c, 'published'))
    .post('/unpublish', requireSignIn, (c) => changeStatus(c, 'draft'))
    .post('/days/:date/close', requireSignIn, async (c) => {
      const t = await target(c);
      if (t instanceof Response) return t;
      const date = dayOf(c, t.week);
      if (date instanceof Response) return date;
      const parsed = v.safeParse(CloseDayBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      const { reason } = parsed.output;
      const result = await rooms.changeDocument(t.room, (doc) => closeDay(doc, date, reason, serverOrigin));
      if (!result.ok) return unavailable(c, result);
      const { cancelledShiftIds, affectedPersonIds } = result.value;
      try {
        await notifier.dayClosed({
          center: t.center.slug,
          week: formatIsoWeek(t.week),
          date,
          reason,
          personIds: affectedPersonIds,
        });
      } catch (error) {
        // The day is closed and everyone sees it on the board; a lost notice must not undo that.
        logger.error({ err: error, room: t.room, date }, 'notifying about a closed day failed');
      }
      return c.json({ date, reason, cancelledShiftIds, affectedPersonIds });
    })
    .post('/days/:date/reopen', requireSignIn, async (c) => {
      const t = await target(c);
      if (t instanceof Response) return t;
      const date = dayOf(c, t.week);
      if (date instanceof Response) return date;
      const result = await rooms.changeDocument(t.room, (doc) => {
        reopenDay(doc, date, serverOrigin);
        return readMeta(doc)?.closedDays ?? {};
      });
      return result.ok ? c.json({ date, closedDays: result.value }) : unavailable(c, result);
    });
}

function invalidInput(c: Context, issues: readonly v.BaseIssue<unknown>[]): Response {
  const messages = [...new Set(issues.map((issue) => issue.message))];
  return apiError(c, 400, 'invalid-input', messages.join(' '));
}

/** The room could not be changed (storage failed, shutting down): nothing was changed, try again later. */
function unavailable(c: Context, result: Extract<ChangeDocumentResult<unknown>, { ok: false }>): Response {
  return apiError(
    c,
    503,
    'unavailable',
    `Der Wochenplan ist gerade nicht erreichbar (${result.reason}). Bitte versuche es gleich noch einmal.`,
  );
}
