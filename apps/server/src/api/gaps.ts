/**
 * "Lücken auf einen Blick" (issue 6): GET …/weeks/:week/gaps answers planners the coverage heatmap and
 * the understaffed shifts with suggestions, read from the SQL projection; POST …/shifts/:shiftId/assign
 * puts a suggested person on a gap as one change of the week's room, with the same checks as a claim.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  findWeekStatus,
  listAbsencesOverlapping,
  listAreas,
  listPeople,
  listPublishedShiftsFrom,
  listRecordAttendanceBetween,
  listRecordShiftsBetween,
  listWeekShifts,
  type Database,
  type WeekShiftWithAssignees,
} from '@schichtbrett/db';
import {
  addIsoWeeks,
  addWorkloads,
  datesOfIsoWeek,
  daysShown,
  parseOpeningDays,
  formatIsoWeek,
  parseIsoWeek,
  recordedWorkloadOf,
  workloadOf,
  type AttendanceStatus,
  type IsoWeek,
  type Shift,
} from '@schichtbrett/domain';
import { claimForPerson } from '../gaps/claim-for-person';
import { gapsViewOf } from '../gaps/gaps-view';
import { assignRefusalMessage } from '../gaps/assign-messages';
import type { RoomRegistry } from '../sync';
import { apiError } from './api-error';
import { requireSignIn, type ApiEnv } from './api-env';
import { readPeopleContext } from './people-context';
import { callerIn, roomUnavailable, shiftNotFound, weekRoomOfShift, type Caller } from './shift-command-target';

export interface GapRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  now: () => Date;
}

const AssignBody = v.object({
  personId: v.pipe(v.string('Bitte wähle eine Person.'), v.minLength(1, 'Bitte wähle eine Person.')),
});

/** Weeks before the gap's week whose hours count for fairness. */
const FAIRNESS_WEEKS = 4;

/** Planners only: volunteers get the 403 answer. */
function plannerOnly(c: Context<ApiEnv>, who: Caller): Response | null {
  if (who.me.role !== 'volunteer') return null;
  return apiError(
    c,
    403,
    'forbidden',
    'Lücken und Vorschläge sieht nur, wer plant (Koordination und Bereichsleitung).',
  );
}

/** The areas a planner may assign in: null for all (coordinators), else a team lead's own. */
function assignableAreas(who: Caller): readonly string[] | null {
  return who.me.role === 'coordinator' ? null : who.me.areaIds;
}

export function gapRoutes({ db, rooms, now }: GapRoutesOptions) {
  return new Hono<ApiEnv>()
    .get('/weeks/:week/gaps', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const refused = plannerOnly(c, who);
      if (refused) return refused;
      const week = parseIsoWeek(c.req.param('week'));
      if (!week) return apiError(c, 404, 'not-found', `Die Woche „${c.req.param('week')}“ gibt es nicht.`);
      const areasParam = c.req.query('areas');
      if (areasParam !== undefined && areasParam !== 'all' && areasParam !== 'mine') {
        return apiError(c, 400, 'invalid-input', 'Für „areas“ geht „mine“ (eigene Bereiche) oder „all“ (alle).');
      }
      // Team leads see their own areas unless they ask for all; coordinators have no "own" areas.
      const scope = who.me.role === 'team-lead' && areasParam !== 'all' ? 'mine' : 'all';
      const mayAssignIn = assignableAreas(who);
      const center = who.center;
      const [status, areaRows, rows, people, context, workloads] = await Promise.all([
        findWeekStatus(db, center.id, formatIsoWeek(week)),
        listAreas(db, center.id),
        listWeekShifts(db, center.id, formatIsoWeek(week)),
        listPeople(db, center.id),
        readPeopleContext(db, center, week, { withReasons: false }),
        workloadsBefore(db, center.id, week, center.time_zone),
      ]);
      const areas = areaRows
        .filter((area) => scope === 'all' || who.me.areaIds.includes(area.id))
        .map((area) => ({
          id: area.id,
          name: area.name,
          color: area.color,
          mayAssign: mayAssignIn === null || mayAssignIn.includes(area.id),
        }));
      return c.json(
        gapsViewOf({
          week: formatIsoWeek(week),
          status: status ?? 'draft',
          scope,
          // The center's opening days, and any other day with a shift, as on the board.
          dates: daysShown(
            datesOfIsoWeek(week),
            parseOpeningDays(center.opening_days),
            rows.map((row) => row.date),
          ),
          areas,
          shifts: rows.map(shiftOfRow),
          candidates: people
            .filter((person) => person.active === 1)
            .map((person) => ({ personId: person.id, name: `${person.first_name} ${person.last_name}`.trim() })),
          context,
          workloads,
          timeZone: center.time_zone,
          now: now(),
        }),
      );
    })
    .post('/shifts/:shiftId/assign', requireSignIn, async (c) => {
      const who = await callerIn(db, c);
      if (who instanceof Response) return who;
      const refused = plannerOnly(c, who);
      if (refused) return refused;
      const parsed = v.safeParse(AssignBody, c.get('jsonBody'));
      if (!parsed.success) return apiError(c, 400, 'invalid-input', parsed.issues.map((i) => i.message).join(' '));
      const { personId } = parsed.output;
      const person = (await listPeople(db, who.center.id)).find((p) => p.id === personId && p.active === 1);
      if (!person) return apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht (mehr).');
      const target = await weekRoomOfShift(db, c, who.center);
      if (target instanceof Response) return target;
      const result = await claimForPerson({
        db,
        rooms,
        center: who.center,
        rules: who.rules,
        room: target.room,
        week: target.week,
        shiftId: c.req.param('shiftId'),
        personId,
        areaIds: assignableAreas(who),
        now: now(),
      });
      if (!result.ok) return roomUnavailable(c, result);
      const outcome = result.value;
      switch (outcome.kind) {
        case 'claimed':
          return c.json({
            assignment: {
              shiftId: outcome.shift.id,
              personId,
              week: target.week,
              date: outcome.shift.date,
              start: outcome.shift.start,
              end: outcome.shift.end,
              areaId: outcome.shift.areaId,
            },
          });
        case 'refused':
          return c.json(
            { error: 'assign-refused', reason: outcome.reason, message: assignRefusalMessage(outcome.reason) },
            409,
          );
        case 'not-your-area':
          return apiError(c, 403, 'forbidden', 'Eintragen kannst du nur in deinen eigenen Bereichen.');
        case 'shift-not-found':
          return shiftNotFound(c);
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown assign outcome ${JSON.stringify(unknown)}`);
        }
      }
    });
}

/**
 * Shifts and minutes per person in the four weeks before `week`: the plan of weeks still published, and
 * the record (who really came, and how long) of weeks finalized. A week is either one or the other, never
 * both: finalizing takes it out of the published weeks and reopening deletes its record.
 */
async function workloadsBefore(db: Kysely<Database>, centerId: number, week: IsoWeek, timeZone: string) {
  const first = datesOfIsoWeek(addIsoWeeks(week, -FAIRNESS_WEEKS))[0] ?? '';
  const last = datesOfIsoWeek(addIsoWeeks(week, -1)).at(-1) ?? '';
  const range = { centerId, first, last };
  const [published, absences, recordShifts, recordAttendance] = await Promise.all([
    listPublishedShiftsFrom(db, { centerId, fromDate: first, toDate: last }),
    listAbsencesOverlapping(db, { centerId, from: first, to: last }),
    listRecordShiftsBetween(db, range),
    listRecordAttendanceBetween(db, range),
  ]);
  return addWorkloads(
    // Someone away that day did not work their planned shift (domain staffing.ts).
    workloadOf(
      published.map((entry) => entry.shift),
      timeZone,
      { absences },
    ),
    recordedWorkloadOf(
      recordShifts.map((s) => ({
        id: s.id,
        date: s.date,
        start: s.start_time,
        end: s.end_time,
        cancelled: s.cancelled,
      })),
      recordAttendance.map((a) => ({
        shiftId: a.shift_id,
        personId: a.person_id,
        // The record only ever holds these three (see the record migration).
        status: a.status as AttendanceStatus,
        actualStart: a.actual_start,
        actualEnd: a.actual_end,
      })),
      timeZone,
    ),
  );
}

/** A projected shift as the domain's Shift (stand-ins do not matter for gaps). */
function shiftOfRow(row: WeekShiftWithAssignees): Shift {
  return {
    id: row.id,
    areaId: row.area_id,
    date: row.date,
    start: row.start_time,
    end: row.end_time,
    needed: row.needed,
    notes: row.notes,
    assigned: row.assignees.map((a) => a.person_id),
    ...(row.cancelled === null ? {} : { cancelled: row.cancelled }),
  };
}
