/**
 * /api/centers/:center/…: volunteers find, claim and give back shifts (issue 5). A claim or give-back is
 * a server command: decided and applied in one synchronous change of the week's room, so of N people
 * claiming the last place exactly one gets it; the lists are read from the SQL projection.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import {
  findCenterBySlug,
  findWeekOfShift,
  listAreaRequirements,
  listPublishedShiftsFrom,
  listShiftsOfPerson,
  loadClaimantRecords,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import {
  decideGiveBack,
  formatRoomName,
  giveBackCutoffOf,
  membershipIn,
  openShiftsFor,
  parseIsoWeek,
  parseLocalDate,
  shiftIntervalOf,
  todayIn,
  type ClaimRefusal,
  type ClaimRules,
  type GiveBackRefusal,
  type Membership,
  type Shift,
} from '@schichtbrett/domain';
import { claimShiftInDocument, giveBackInDocument } from '../claims/claim-in-document';
import { claimRefusalMessage, giveBackRefusalMessage } from '../claims/claim-messages';
import { serverOrigin } from '../sync/room';
import type { ChangeDocumentResult, RoomRegistry } from '../sync/room-registry';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

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
  openPlaces: number;
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
}

interface Caller {
  center: CenterRow;
  me: Membership;
  rules: ClaimRules;
}

function rulesOf(center: CenterRow): ClaimRules {
  return { giveBackCutoffHours: center.claim_cutoff_hours, fuehrungszeugnisYears: center.fuehrungszeugnis_years };
}

export function claimRoutes({ db, rooms, now }: ClaimRoutesOptions) {
  /** The center and the caller's membership in it; otherwise the 403 answer. */
  async function caller(c: Context<ApiEnv>): Promise<Caller | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    return { center, me, rules: rulesOf(center) };
  }

  /** The week room holding the shift of the path, or the 404 answer. */
  async function weekRoomOf(c: Context<ApiEnv>, center: CenterRow): Promise<{ week: string; room: string } | Response> {
    const shiftId = c.req.param('shiftId') ?? '';
    const week = await findWeekOfShift(db, { centerId: center.id, shiftId });
    const parsed = week ? parseIsoWeek(week) : null;
    if (!week || !parsed) return shiftNotFound(c);
    return { week, room: formatRoomName({ kind: 'week', center: center.slug, week: parsed }) };
  }

  return new Hono<ApiEnv>()
    .post('/shifts/:shiftId/claim', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const target = await weekRoomOf(c, who.center);
      if (target instanceof Response) return target;
      // Read before the change: the document step must be synchronous to be atomic.
      const [records, requirements] = await Promise.all([
        loadClaimantRecords(db, who.me.personId),
        listAreaRequirements(db, who.center.id),
      ]);
      const shiftId = c.req.param('shiftId');
      const result = await rooms.changeDocument(target.room, (doc) =>
        claimShiftInDocument(
          doc,
          shiftId,
          {
            personId: who.me.personId,
            ...records,
            requiredQualificationsOf: (areaId) => requirements.get(areaId) ?? [],
            timeZone: who.center.time_zone,
            now: now(),
            rules: who.rules,
          },
          serverOrigin,
        ),
      );
      if (!result.ok) return unavailable(c, result);
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
      if (!result.ok) return unavailable(c, result);
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
      const [published, records, requirements] = await Promise.all([
        listPublishedShiftsFrom(db, { centerId: who.center.id, fromDate: todayIn(at, who.center.time_zone) }),
        loadClaimantRecords(db, who.me.personId),
        listAreaRequirements(db, who.center.id),
      ]);
      const byId = new Map(published.map((entry) => [entry.shift.id, entry]));
      // All shifts go in, the person's own included (what a claim must not overlap); filters come after.
      const open = openShiftsFor(
        { personId: who.me.personId, ...records },
        published.map((entry) => entry.shift),
        {
          // listPublishedShiftsFrom returns published weeks only.
          weekStateOf: () => 'published',
          requiredQualificationsOf: (areaId) => requirements.get(areaId) ?? [],
          timeZone: who.center.time_zone,
          now: at,
          rules: who.rules,
        },
      );
      const shifts: OpenShiftItem[] = open
        .filter(
          ({ shift }) => (area === undefined || shift.areaId === area) && (day === undefined || shift.date === day),
        )
        .map(({ shift, openPlaces }) => ({
          shiftId: shift.id,
          week: byId.get(shift.id)?.week ?? '',
          date: shift.date,
          start: shift.start,
          end: shift.end,
          areaId: shift.areaId,
          areaName: byId.get(shift.id)?.areaName ?? null,
          openPlaces,
        }));
      return c.json({ shifts });
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
        // Drafts are not shown to volunteers; shifts that are over today are no longer upcoming.
        .filter((row) => row.status === 'published')
        .map((row) => ({ row, shift: shiftOfRow(row, who.me.personId) }))
        .filter(({ shift }) => shiftIntervalOf(shift, timeZone).end.getTime() > at.getTime())
        .map(({ row, shift }) => ({
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
            weekState: 'published',
            timeZone,
            now: at,
            rules: who.rules,
          }).ok,
          giveBackUntil: giveBackCutoffOf(shift, timeZone, who.rules).toISOString(),
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

/** A row of the person's own shifts as a domain Shift; only the person matters for giving back. */
function shiftOfRow(
  row: {
    id: string;
    area_id: string;
    date: string;
    start_time: string;
    end_time: string;
    needed: number;
    notes: string;
  },
  personId: string,
): Shift {
  return {
    id: row.id,
    areaId: row.area_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    needed: row.needed,
    notes: row.notes,
    assigned: [personId],
  };
}

function shiftNotFound(c: Context): Response {
  return apiError(c, 404, 'not-found', 'Diese Schicht gibt es nicht (mehr).');
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
