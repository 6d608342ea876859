/**
 * /api/centers/:center/weeks/:week/finalize and …/reopen (issue 6): a coordinator turns a week into the
 * record and back. Finalizing freezes the document first (status 'finalized', decided and read in one
 * synchronous change, so the record is exactly the document at that moment and no write can follow), then
 * writes the record rows in one SQL transaction; if that fails, the freeze is taken back. See ADR 0016.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { reopenWeekRecord, replaceWeekRecord, type Database } from '@schichtbrett/db';
import {
  finalizeWeekDoc,
  formatIsoWeek,
  readWeek,
  REASON_RULE,
  recordOf,
  setWeekStatus,
  visibleText,
  weekStatusOf,
  type WeekRecord,
  type WeekStatus,
} from '@schichtbrett/domain';
import type { Logger } from 'pino';
import { absencesInWeek } from '../claims/week-absences';
import { type RoomRegistry, serverOrigin } from '../sync';
import { recordNamesOf, weekRecordInput } from '../week/week-record-input';
import { apiError } from './api-error';
import { requireSignIn, type ApiEnv } from './api-env';
import { coordinatedWeek, weekFinalized } from './coordinated-week';
import { roomUnavailable } from './shift-command-target';

const ReopenBody = v.object({
  reason: visibleText({
    ...REASON_RULE,
    max: 500,
    label: 'Der Grund',
    missing: 'Bitte gib einen Grund an, warum die Woche wieder geöffnet wird.',
  }),
});

export interface WeekFinalizeRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  logger: Logger;
  now: () => Date;
}

/** What a finalize answers: when and by whom, and how much the record holds. */
export interface FinalizeAnswer {
  status: 'finalized';
  finalizedAt: string;
  finalizedBy: string;
  shifts: number;
  attendance: number;
}

type FreezeOutcome = { kind: 'frozen'; record: WeekRecord } | { kind: 'refused'; status: WeekStatus };

export function weekFinalizeRoutes({ db, rooms, logger, now }: WeekFinalizeRoutesOptions) {
  async function finalize(c: Context<ApiEnv>): Promise<Response> {
    const t = await coordinatedWeek(db, c);
    if (t instanceof Response) return t;
    const [names, away] = await Promise.all([
      recordNamesOf(db, t.center.id),
      absencesInWeek(db, t.center.id, formatIsoWeek(t.week)),
    ]);
    const finalizedAt = now().toISOString();
    const frozen = await rooms.changeDocument(t.room, (doc): FreezeOutcome => {
      const status = weekStatusOf(doc);
      if (status !== 'published') return { kind: 'refused', status };
      // Someone away that day and not confirmed present is recorded as not come ("nicht da (abwesend)").
      const record = recordOf(readWeek(doc).shifts, away);
      finalizeWeekDoc(doc, { at: finalizedAt, by: t.me.displayName }, serverOrigin);
      return { kind: 'frozen', record };
    });
    if (!frozen.ok) return roomUnavailable(c, frozen);
    if (frozen.value.kind === 'refused') {
      return frozen.value.status === 'finalized'
        ? weekFinalized(c)
        : apiError(c, 409, 'not-published', 'Ein Entwurf kann nicht abgeschlossen werden. Bitte erst veröffentlichen.');
    }
    const { record } = frozen.value;
    const week = formatIsoWeek(t.week);
    try {
      await replaceWeekRecord(
        db,
        weekRecordInput({ centerId: t.center.id, week, finalizedBy: t.me.personId, finalizedAt, record, names }),
      );
    } catch (error) {
      logger.error({ err: error, room: t.room }, 'writing the week record failed; reopening the document');
      await rooms.changeDocument(t.room, (doc) => setWeekStatus(doc, 'published', serverOrigin));
      return apiError(
        c,
        503,
        'unavailable',
        'Die Woche konnte nicht abgeschlossen werden. Bitte versuche es gleich noch einmal.',
      );
    }
    return c.json<FinalizeAnswer>({
      status: 'finalized',
      finalizedAt,
      finalizedBy: t.me.displayName,
      shifts: record.shifts.length,
      attendance: record.attendance.length,
    });
  }

  async function reopen(c: Context<ApiEnv>): Promise<Response> {
    const t = await coordinatedWeek(db, c);
    if (t instanceof Response) return t;
    const parsed = v.safeParse(ReopenBody, c.get('jsonBody'));
    if (!parsed.success) return apiError(c, 400, 'invalid-input', parsed.issues[0].message);
    const state = await rooms.readDocument(t.room, weekStatusOf);
    if (!state.ok) return roomUnavailable(c, state);
    if (state.value !== 'finalized') {
      return apiError(c, 409, 'not-finalized', 'Diese Woche ist nicht abgeschlossen.');
    }
    // The reopening is recorded first: if the document then cannot change, the week stays read-only and
    // a second attempt records a second reopening, which is honest about what happened.
    const reopenedAt = now().toISOString();
    await reopenWeekRecord(db, {
      centerId: t.center.id,
      week: formatIsoWeek(t.week),
      reopenedBy: t.me.personId,
      reason: parsed.output.reason,
      reopenedAt,
    });
    const result = await rooms.changeDocument(t.room, (doc) => setWeekStatus(doc, 'published', serverOrigin));
    if (!result.ok) return roomUnavailable(c, result);
    return c.json({ status: 'published' as const, reopenedAt, reason: parsed.output.reason });
  }

  return new Hono<ApiEnv>().post('/finalize', requireSignIn, finalize).post('/reopen', requireSignIn, reopen);
}
