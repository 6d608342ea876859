/**
 * /api/centers/:center/weeks/:week/…: the coordinators' commands on a week plan (issue 4): plan it from
 * the template or the previous week, publish or unpublish it, close or reopen a day. A finalized week
 * refuses them all (409 `finalized`). Each is one change of
 * the week's room as the server, so it is stored and reaches every open board at once.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { listAreas, type Database } from '@schichtbrett/db';
import {
  closeDay,
  datesOfIsoWeek,
  formatIsoWeek,
  parseOpeningDays,
  readMeta,
  REASON_RULE,
  readWeek,
  reopenDay,
  setWeekStatus,
  shiftsPastGiveBackCutoff,
  visibleText,
  weekStatusOf,
  type IsoWeek,
  type WeekStatus,
} from '@schichtbrett/domain';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { Notifier } from '../notify/notifier';
import { type ChangeDocumentResult, type RoomRegistry, serverOrigin } from '../sync';
import { planWeek } from '../week/plan-week';
import { apiError } from './api-error';
import { invalidInput } from './invalid-input';
import { requireSignIn, type ApiEnv } from './api-env';
import { coordinatedWeek, weekFinalized } from './coordinated-week';
import { claimRulesOf } from './shift-command-target';

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
  // Goes into the document (every called-off shift carries it) and into calendars: the shared text rule.
  reason: visibleText({ ...REASON_RULE, label: 'Der Grund', missing: 'Bitte gib einen Grund an.' }),
});

export interface WeekCommandRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  notifier: Notifier;
  logger: Logger;
  now: () => Date;
}

/** The marker a change returns instead of its value when the week is finalized (nothing was changed). */
const FINALIZED = Symbol('finalized');

export function weekCommandRoutes({ db, rooms, notifier, logger, now }: WeekCommandRoutesOptions) {
  const target = (c: Context<ApiEnv>) => coordinatedWeek(db, c);

  /**
   * Changes the week's room unless it is finalized, decided inside the same synchronous change so a
   * finalize cannot slip in between the check and the write.
   */
  function changeUnlessFinalized<T>(room: string, change: (doc: Y.Doc) => T) {
    return rooms.changeDocument(room, (doc) => (weekStatusOf(doc) === 'finalized' ? FINALIZED : change(doc)));
  }

  /** The day of the path, or the 422 answer when it is not a day of the week. */
  function dayOf(c: Context<ApiEnv>, week: IsoWeek): string | Response {
    const date = c.req.param('date') ?? '';
    if (datesOfIsoWeek(week).includes(date)) return date;
    return apiError(c, 422, 'date-outside-week', `Der ${date} ist kein Tag der Woche ${formatIsoWeek(week)}.`);
  }

  async function changeStatus(c: Context<ApiEnv>, status: Exclude<WeekStatus, 'finalized'>): Promise<Response> {
    const t = await target(c);
    if (t instanceof Response) return t;
    const context = { timeZone: t.center.time_zone, now: now(), rules: claimRulesOf(t.center) };
    const result = await changeUnlessFinalized(t.room, (doc) => {
      // Counted on the week as it is published: its people learn of these shifts too late to give them
      // back (ADR 29). The board warned before; the answer says how many it were.
      const shiftsPastCutoff =
        status === 'published' ? shiftsPastGiveBackCutoff(readWeek(doc).shifts, context).length : 0;
      setWeekStatus(doc, status, serverOrigin);
      return { status: weekStatusOf(doc), shiftsPastCutoff };
    });
    if (!result.ok) return unavailable(c, result);
    return result.value === FINALIZED ? weekFinalized(c) : c.json(result.value);
  }

  return new Hono<ApiEnv>()
    .post('/plan', requireSignIn, async (c) => {
      const t = await target(c);
      if (t instanceof Response) return t;
      const parsed = v.safeParse(PlanBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      // Checked before, not inside, the plan's change: planning reads another room first (asynchronous).
      const state = await rooms.readDocument(t.room, weekStatusOf);
      if (!state.ok) return unavailable(c, state);
      if (state.value === 'finalized') return weekFinalized(c);
      const archivedAreaIds = (await listAreas(db, t.center.id))
        .filter((area) => area.archived_at !== null)
        .map((area) => area.id);
      const result = await planWeek(rooms, {
        center: t.center.slug,
        stateCode: t.center.state_code,
        openingDays: parseOpeningDays(t.center.opening_days),
        archivedAreaIds,
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
      const result = await changeUnlessFinalized(t.room, (doc) => closeDay(doc, date, reason, serverOrigin));
      if (!result.ok) return unavailable(c, result);
      if (result.value === FINALIZED) return weekFinalized(c);
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
      const result = await changeUnlessFinalized(t.room, (doc) => {
        reopenDay(doc, date, serverOrigin);
        return readMeta(doc)?.closedDays ?? {};
      });
      if (!result.ok) return unavailable(c, result);
      return result.value === FINALIZED ? weekFinalized(c) : c.json({ date, closedDays: result.value });
    });
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
