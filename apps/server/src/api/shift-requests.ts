/**
 * "Anfragen" (issue 6): a planner asks a person to take a gap (POST …/shifts/:shiftId/requests); the
 * person sees their open requests (GET …/shift-requests) and accepts or declines them. Accepting puts them
 * on the shift with the checks of a claim, as one change of the week's room; only the addressee answers.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  answerShiftRequest,
  findOpenShiftRequest,
  findShiftRequest,
  findWeekOfShift,
  insertShiftRequest,
  listOpenShiftRequestsOf,
  listPeople,
  type Database,
} from '@schichtbrett/db';
import { formatIsoWeek, formatRoomName, parseIsoWeek, todayIn } from '@schichtbrett/domain';
import { claimRefusalMessage } from '../claims/claim-messages';
import { claimForPerson } from '../gaps/claim-for-person';
import type { CenterEvents } from '../live/center-events';
import type { RoomRegistry } from '../sync';
import { apiError } from './api-error';
import { requireSignIn, type ApiEnv } from './api-env';
import { callerIn, roomUnavailable, shiftNotFound, type Caller } from './shift-command-target';

export interface ShiftRequestRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  /** Tells the addressee's open pages about a new request. */
  events: CenterEvents;
  now: () => Date;
}

/** An open request as the addressee sees it. */
export interface ShiftRequestItem {
  id: string;
  shiftId: string;
  week: string;
  date: string;
  start: string;
  end: string;
  areaId: string;
  areaName: string | null;
  /** The planner who asked, first and last name. */
  requestedBy: string;
}

const RequestBody = v.object({
  personId: v.pipe(v.string('Bitte wähle eine Person.'), v.minLength(1, 'Bitte wähle eine Person.')),
});

export function shiftRequestRoutes({ db, rooms, events, now }: ShiftRequestRoutesOptions) {
  /** The open request of the path addressed to the caller, or the answer to send instead. */
  async function ownOpenRequest(c: Context<ApiEnv>, who: Caller) {
    const request = await findShiftRequest(db, { centerId: who.center.id, id: c.req.param('id') ?? '' });
    if (!request) return apiError(c, 404, 'not-found', 'Diese Anfrage gibt es nicht (mehr).');
    if (request.person_id !== who.me.personId) {
      return apiError(c, 403, 'forbidden', 'Diese Anfrage ist an jemand anderen gerichtet.');
    }
    if (request.answer !== null) {
      return c.json({ error: 'already-answered', message: 'Diese Anfrage ist schon beantwortet.' }, 409);
    }
    return request;
  }

  return new Hono<ApiEnv>()
    .post('/shifts/:shiftId/requests', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      if (who.me.role === 'volunteer') {
        return apiError(c, 403, 'forbidden', 'Anfragen schickt, wer plant (Koordination und Bereichsleitung).');
      }
      const parsed = v.safeParse(RequestBody, c.get('jsonBody'));
      if (!parsed.success) return apiError(c, 400, 'invalid-input', parsed.issues.map((i) => i.message).join(' '));
      const { personId } = parsed.output;
      const shiftId = c.req.param('shiftId');
      const [people, shift] = await Promise.all([
        listPeople(db, who.center.id),
        db
          .selectFrom('week_shifts')
          .select(['area_id'])
          .where('center_id', '=', who.center.id)
          .where('id', '=', shiftId)
          .executeTakeFirst(),
      ]);
      if (!people.some((p) => p.id === personId && p.active === 1)) {
        return apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht (mehr).');
      }
      if (!shift) return shiftNotFound(c);
      if (who.me.role === 'team-lead' && !who.me.areaIds.includes(shift.area_id)) {
        return apiError(c, 403, 'forbidden', 'Anfragen kannst du nur für deine eigenen Bereiche schicken.');
      }
      const open = await findOpenShiftRequest(db, { centerId: who.center.id, shiftId, personId });
      if (open) return c.json({ request: { id: open.id, shiftId, personId } });
      const id = randomUUID();
      await insertShiftRequest(db, {
        id,
        centerId: who.center.id,
        shiftId,
        personId,
        requestedBy: who.me.personId,
        createdAt: now().toISOString(),
      });
      // Their "Meine Schichten" shows the request at once; no week changed, so no other event would say so.
      events.requestsChanged(who.center.slug, personId);
      return c.json({ request: { id, shiftId, personId } }, 201);
    })
    .get('/shift-requests', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const rows = await listOpenShiftRequestsOf(db, {
        centerId: who.center.id,
        personId: who.me.personId,
        fromDate: todayIn(now(), who.center.time_zone),
      });
      const requests: ShiftRequestItem[] = rows.map((row) => ({
        id: row.id,
        shiftId: row.shift_id,
        week: row.week ?? '',
        date: row.date ?? '',
        start: row.start_time ?? '',
        end: row.end_time ?? '',
        areaId: row.area_id ?? '',
        areaName: row.area_name,
        requestedBy: `${row.requested_by_first ?? ''} ${row.requested_by_last ?? ''}`.trim(),
      }));
      return c.json({ requests });
    })
    .post('/shift-requests/:id/accept', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const request = await ownOpenRequest(c, who);
      if (request instanceof Response) return request;
      const week = await findWeekOfShift(db, { centerId: who.center.id, shiftId: request.shift_id });
      const parsedWeek = week ? parseIsoWeek(week) : null;
      if (!parsedWeek) return shiftNotFound(c);
      const result = await claimForPerson({
        db,
        rooms,
        center: who.center,
        rules: who.rules,
        room: formatRoomName({ kind: 'week', center: who.center.slug, week: parsedWeek }),
        week: formatIsoWeek(parsedWeek),
        shiftId: request.shift_id,
        personId: who.me.personId,
        areaIds: null,
        now: now(),
      });
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'claimed':
          await answerShiftRequest(db, { id: request.id, answer: 'accepted', answeredAt: now().toISOString() });
          return c.json({ accepted: { id: request.id, shiftId: request.shift_id } });
        case 'refused':
          // The request stays open: the person may still decline it; a full shift is what they learn here.
          return c.json(
            { error: 'claim-refused', reason: outcome.reason, message: claimRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
        case 'not-your-area':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown accept outcome ${JSON.stringify(unknown)}`);
        }
      }
    })
    .post('/shift-requests/:id/decline', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const request = await ownOpenRequest(c, who);
      if (request instanceof Response) return request;
      await answerShiftRequest(db, { id: request.id, answer: 'declined', answeredAt: now().toISOString() });
      return c.json({ declined: { id: request.id, shiftId: request.shift_id } });
    });
}
