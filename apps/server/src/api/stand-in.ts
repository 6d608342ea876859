/**
 * /api/centers/:center/shifts/:shiftId/stand-in: "Vertretung suchen" (issue 5). After the give-back
 * cut-off the person asks for a stand-in and stays on the shift; a qualified other takes the place over
 * (the asker is swapped for them in one step of the week's room); the asker can end the search. The
 * request lives in the week document, so the board shows it live and the projection lists it.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { listAreaRequirements, loadClaimantRecords, type Database } from '@schichtbrett/db';
import type { StandInAskRefusal, TakeOverRefusal } from '@schichtbrett/domain';
import { standInAskRefusalMessage, takeOverRefusalMessage } from '../claims/claim-messages';
import { askStandInInDocument, takeOverInDocument, withdrawStandInInDocument } from '../claims/stand-in-in-document';
import type { Notifier } from '../notify/notifier';
import { type RoomRegistry, serverOrigin } from '../sync';
import { requireSignIn, type ApiEnv } from './api-env';
import type { Assignment } from './claims';
import { callerIn, roomUnavailable, shiftNotFound, weekRoomOfShift } from './shift-command-target';

export interface StandInRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  notifier: Notifier;
  logger: Pick<Logger, 'error'>;
  now: () => Date;
}

/** 409 of a stand-in command: `reason` is the domain's, `message` the German sentence for it. */
export type StandInRefusalBody =
  | {
      error: 'stand-in-refused';
      reason: Exclude<StandInAskRefusal, 'already-seeking'> | 'not-assigned';
      message: string;
    }
  | { error: 'take-over-refused'; reason: TakeOverRefusal; message: string };

/** The person's request on one shift, as the commands answer it. */
export interface StandInRequestItem {
  shiftId: string;
  week: string;
  personId: string;
  /** Since when the person looks (ISO 8601, UTC); null after withdrawing. */
  since: string | null;
}

export function standInRoutes({ db, rooms, notifier, logger, now }: StandInRoutesOptions) {
  return new Hono<ApiEnv>()
    .post('/shifts/:shiftId/stand-in', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const target = await weekRoomOfShift(db, c, who.center);
      if (target instanceof Response) return target;
      const shiftId = c.req.param('shiftId');
      const personId = who.me.personId;
      const result = await rooms.changeDocument(target.room, (doc) =>
        askStandInInDocument(
          doc,
          shiftId,
          { personId, timeZone: who.center.time_zone, now: now(), rules: who.rules },
          serverOrigin,
        ),
      );
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'seeking':
          return c.json({
            standIn: { shiftId, week: target.week, personId, since: new Date(outcome.since).toISOString() },
          } satisfies { standIn: StandInRequestItem });
        case 'refused':
          return c.json<StandInRefusalBody>(
            { error: 'stand-in-refused', reason: outcome.reason, message: standInAskRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown stand-in outcome ${JSON.stringify(unknown)}`);
        }
      }
    })
    .delete('/shifts/:shiftId/stand-in', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const target = await weekRoomOfShift(db, c, who.center);
      if (target instanceof Response) return target;
      const shiftId = c.req.param('shiftId');
      const personId = who.me.personId;
      const result = await rooms.changeDocument(target.room, (doc) =>
        withdrawStandInInDocument(doc, shiftId, personId, serverOrigin),
      );
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'withdrawn':
          return c.json({ standIn: { shiftId, week: target.week, personId, since: null } } satisfies {
            standIn: StandInRequestItem;
          });
        case 'refused':
          return c.json<StandInRefusalBody>(
            { error: 'stand-in-refused', reason: outcome.reason, message: standInAskRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown withdraw outcome ${JSON.stringify(unknown)}`);
        }
      }
    })
    .post('/shifts/:shiftId/stand-in/take-over', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const target = await weekRoomOfShift(db, c, who.center);
      if (target instanceof Response) return target;
      // Read before the change: the document step must be synchronous to be atomic.
      const [records, requirements] = await Promise.all([
        loadClaimantRecords(db, who.me.personId),
        listAreaRequirements(db, who.center.id),
      ]);
      const shiftId = c.req.param('shiftId');
      const personId = who.me.personId;
      const result = await rooms.changeDocument(target.room, (doc) =>
        takeOverInDocument(
          doc,
          shiftId,
          {
            personId,
            ...records,
            requiredQualificationsOf: (areaId) => requirements.get(areaId) ?? [],
            timeZone: who.center.time_zone,
            now: now(),
            rules: who.rules,
          },
          serverOrigin,
        ),
      );
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'taken-over': {
          const { shift, askerId } = outcome;
          try {
            await notifier.standInFound({
              center: who.center.slug,
              week: target.week,
              shiftId,
              date: shift.date,
              start: shift.start,
              end: shift.end,
              askerId,
              takerId: personId,
            });
          } catch (error) {
            // The place is taken over and the board shows it; a lost notice must not undo that.
            logger.error({ err: error, room: target.room, shiftId }, 'notifying about a found stand-in failed');
          }
          const assignment: Assignment = {
            shiftId,
            personId,
            week: target.week,
            date: shift.date,
            start: shift.start,
            end: shift.end,
            areaId: shift.areaId,
          };
          return c.json({ assignment });
        }
        case 'refused':
          return c.json<StandInRefusalBody>(
            { error: 'take-over-refused', reason: outcome.reason, message: takeOverRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown take-over outcome ${JSON.stringify(unknown)}`);
        }
      }
    });
}
