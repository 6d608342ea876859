/**
 * /api/centers/:center/…: volunteers find, claim and give back shifts (issue 5). A claim or give-back is
 * a server command: decided and applied in one synchronous change of the week's room, so of N people
 * claiming the last place exactly one gets it; the lists are read from the SQL projection.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import {
  listAbsencesOverlapping,
  listAreaRequirements,
  listPeople,
  listPublishedShiftsFrom,
  listShiftsOfPerson,
  loadClaimantRecords,
  type CenterRow,
  type Database,
  type PersonShiftRow,
} from '@schichtbrett/db';
import {
  decideAskStandIn,
  decideGiveBack,
  displayName,
  giveBackCutoffOf,
  openShiftsFor,
  parseLocalDate,
  shiftIntervalOf,
  standInOffersFor,
  todayIn,
  type ClaimRefusal,
  type GiveBackRefusal,
  type Shift,
} from '@schichtbrett/domain';
import { claimShiftInDocument, giveBackInDocument } from '../claims/claim-in-document';
import { claimRefusalMessage, giveBackRefusalMessage } from '../claims/claim-messages';
import { absencesInWeek } from '../claims/week-absences';
import { type RoomRegistry, serverOrigin } from '../sync';
import { apiError } from './api-error';
import { requireSignIn, type ApiEnv } from './api-env';
import { callerIn, roomUnavailable, shiftNotFound, weekRoomOfShift } from './shift-command-target';

export interface ClaimRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  now: () => Date;
}

/** A place on a shift, as the claim answers it. */
export interface Assignment {
  shiftId: string;
  personId: string;
  week: string;
  date: string;
  start: string;
  end: string;
  areaId: string;
}

/** 409 of a claim or give-back: `reason` is the domain's, `message` the German sentence for it. */
export type RefusalBody =
  | { error: 'claim-refused'; reason: Exclude<ClaimRefusal, 'already-assigned'>; message: string }
  | { error: 'give-back-refused'; reason: GiveBackRefusal; message: string };

export interface OpenShiftItem {
  shiftId: string;
  week: string;
  date: string;
  start: string;
  end: string;
  areaId: string;
  areaName: string | null;
  /** Free places; 1 for a place offered by someone looking for a stand-in. */
  openPlaces: number;
  /**
   * Set when the item is a place to take over ("Vertretung gesucht"): the asker's name as volunteers see
   * each other (first name and initial). Null for free places. A shift can appear once of each kind.
   */
  standInFor: string | null;
}

export interface MyShiftItem {
  shiftId: string;
  week: string;
  date: string;
  start: string;
  end: string;
  areaId: string;
  areaName: string | null;
  /** The reason while the shift is called off, else null. */
  cancelled: string | null;
  mayGiveBack: boolean;
  /** The instant from which the shift can no longer be given back (ISO 8601, UTC). */
  giveBackUntil: string;
  /** After the cut-off and before the start: the person may look for a stand-in. */
  mayAskStandIn: boolean;
  /** Since when the person looks for a stand-in (ISO 8601, UTC), or null. */
  seekingStandInSince: string | null;
}

export function claimRoutes({ db, rooms, now }: ClaimRoutesOptions) {
  const caller = (c: Context<ApiEnv>) => callerIn(db, c);
  const weekRoomOf = (c: Context<ApiEnv>, center: CenterRow) => weekRoomOfShift(db, c, center);

  return new Hono<ApiEnv>()
    .post('/shifts/:shiftId/claim', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const target = await weekRoomOf(c, who.center);
      if (target instanceof Response) return target;
      // Read before the change: the document step must be synchronous to be atomic.
      const [records, requirements, away] = await Promise.all([
        loadClaimantRecords(db, who.me.personId),
        listAreaRequirements(db, who.center.id),
        absencesInWeek(db, who.center.id, target.week),
      ]);
      const shiftId = c.req.param('shiftId');
      const result = await rooms.changeDocument(target.room, (doc) =>
        claimShiftInDocument(
          doc,
          shiftId,
          {
            personId: who.me.personId,
            qualifications: records.qualifications,
            // The claimant's own, and everyone's in the week: a place held by someone away is open.
            absences: [...records.absences, ...away],
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
        case 'claimed':
          return c.json({ assignment: assignmentOf(outcome.shift, who.me.personId, target.week) });
        case 'refused':
          return c.json<RefusalBody>(
            { error: 'claim-refused', reason: outcome.reason, message: claimRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown claim outcome ${JSON.stringify(unknown)}`);
        }
      }
    })
    .delete('/shifts/:shiftId/claim', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const target = await weekRoomOf(c, who.center);
      if (target instanceof Response) return target;
      const shiftId = c.req.param('shiftId');
      const result = await rooms.changeDocument(target.room, (doc) =>
        giveBackInDocument(
          doc,
          shiftId,
          { personId: who.me.personId, timeZone: who.center.time_zone, now: now(), rules: who.rules },
          serverOrigin,
        ),
      );
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'given-back':
          return c.json({ givenBack: assignmentOf(outcome.shift, who.me.personId, target.week) });
        case 'refused':
          return c.json<RefusalBody>(
            { error: 'give-back-refused', reason: outcome.reason, message: giveBackRefusalMessage(outcome.reason) },
            409,
          );
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown give-back outcome ${JSON.stringify(unknown)}`);
        }
      }
    })
    .get('/open-shifts', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const area = c.req.query('area');
      const day = c.req.query('day');
      if (day !== undefined && parseLocalDate(day) === null) {
        return apiError(c, 400, 'invalid-input', `„${day}“ ist kein Tag im Format JJJJ-MM-TT.`);
      }
      const at = now();
      const fromDate = todayIn(at, who.center.time_zone);
      const [published, records, requirements, away] = await Promise.all([
        listPublishedShiftsFrom(db, { centerId: who.center.id, fromDate }),
        loadClaimantRecords(db, who.me.personId),
        listAreaRequirements(db, who.center.id),
        listAbsencesOverlapping(db, { centerId: who.center.id, from: fromDate, to: '9999-12-31' }),
      ]);
      const byId = new Map(published.map((entry) => [entry.shift.id, entry]));
      const shiftsInView = published.map((entry) => entry.shift);
      const claimContext = {
        // listPublishedShiftsFrom returns published weeks only.
        weekStateOf: () => 'published' as const,
        // A place held by someone away that day is open to others.
        absences: away,
        requiredQualificationsOf: (areaId: string) => requirements.get(areaId) ?? [],
        timeZone: who.center.time_zone,
        now: at,
        rules: who.rules,
      };
      const person = { personId: who.me.personId, ...records };
      // All shifts go in, the person's own included (what a claim must not overlap); filters come after.
      const open = openShiftsFor(person, shiftsInView, claimContext);
      const offers = standInOffersFor(person, shiftsInView, claimContext);
      const names = offers.length > 0 ? await namesOfPeople(db, who.center.id) : new Map<string, string>();
      const item = (shift: Shift, openPlaces: number, standInFor: string | null): OpenShiftItem => ({
        shiftId: shift.id,
        week: byId.get(shift.id)?.week ?? '',
        date: shift.date,
        start: shift.start,
        end: shift.end,
        areaId: shift.areaId,
        areaName: byId.get(shift.id)?.areaName ?? null,
        openPlaces,
        standInFor,
      });
      const shifts: OpenShiftItem[] = [
        ...open.map(({ shift, openPlaces }) => item(shift, openPlaces, null)),
        // A person deleted since asking still has a place to fill; they just have no name to show.
        ...offers.map(({ shift, askerId }) => item(shift, 1, names.get(askerId) ?? '')),
      ]
        .filter((entry) => (area === undefined || entry.areaId === area) && (day === undefined || entry.date === day))
        .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
      // An empty list says why (issue 13): nothing published ahead yet, or every place is taken.
      const publishedAhead = shiftsInView.some(
        (shift) =>
          shift.cancelled === undefined && shiftIntervalOf(shift, who.center.time_zone).start.getTime() > at.getTime(),
      );
      return c.json({ shifts, publishedAhead });
    })
    .get('/my-shifts', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const at = now();
      const timeZone = who.center.time_zone;
      const rows = await listShiftsOfPerson(db, {
        centerId: who.center.id,
        personId: who.me.personId,
        fromDate: todayIn(at, timeZone),
        toDate: '9999-12-31',
      });
      const shifts: MyShiftItem[] = rows
        // Drafts are not shown to volunteers; shifts that are over today are no longer upcoming. A shift of
        // a finalized week stays listed, but can no longer be given back or handed on.
        .filter((row) => row.status === 'published' || row.status === 'finalized')
        .map((row) => ({
          row,
          shift: shiftOfRow(row, who.me.personId),
          weekState: row.status === 'finalized' ? ('finalized' as const) : ('published' as const),
        }))
        .filter(({ shift }) => shiftIntervalOf(shift, timeZone).end.getTime() > at.getTime())
        .map(({ row, shift, weekState }) => ({
          shiftId: shift.id,
          week: row.week,
          date: shift.date,
          start: shift.start,
          end: shift.end,
          areaId: shift.areaId,
          areaName: row.area_name,
          cancelled: row.cancelled,
          mayGiveBack: decideGiveBack({
            personId: who.me.personId,
            shift,
            weekState,
            timeZone,
            now: at,
            rules: who.rules,
          }).ok,
          giveBackUntil: giveBackCutoffOf(shift, timeZone, who.rules).toISOString(),
          mayAskStandIn: decideAskStandIn({
            personId: who.me.personId,
            shift,
            weekState,
            timeZone,
            now: at,
            rules: who.rules,
          }).ok,
          seekingStandInSince: row.stand_in_since === null ? null : new Date(row.stand_in_since).toISOString(),
        }));
      return c.json({ shifts });
    });
}

function assignmentOf(shift: Shift, personId: string, week: string): Assignment {
  return {
    shiftId: shift.id,
    personId,
    week,
    date: shift.date,
    start: shift.start,
    end: shift.end,
    areaId: shift.areaId,
  };
}

/**
 * A row of the person's own shifts as a domain Shift, with only that person on it: enough to decide
 * giving back or asking for a stand-in, which concern the person alone.
 */
function shiftOfRow(row: PersonShiftRow, personId: string): Shift {
  return {
    id: row.id,
    areaId: row.area_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    needed: row.needed,
    notes: row.notes,
    assigned: [personId],
    ...(row.cancelled === null ? {} : { cancelled: row.cancelled }),
    ...(row.stand_in_since === null ? {} : { standIn: [{ personId, since: row.stand_in_since }] }),
  };
}

/** Person id → the name volunteers see of each other (first name and initial). */
async function namesOfPeople(db: Kysely<Database>, centerId: number): Promise<Map<string, string>> {
  const people = await listPeople(db, centerId);
  return new Map(people.map((p) => [p.id, displayName({ firstName: p.first_name, lastName: p.last_name })]));
}
