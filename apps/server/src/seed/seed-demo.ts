/**
 * Seeds the demo center on an empty database: areas with what they require, staff and volunteers with
 * their accounts, Nachweise, absences and weekly slots (demo-records.ts), the weekly template, and the
 * plans of the current week (published) and the next (a draft) generated from it, without the public
 * holidays of the center's state (written as snapshot rows of their rooms' update logs, each with the
 * baseline row of its audit trail); and the week before the calendar's current one, finalized with its
 * record and trail (demo-past-week.ts), so reports and the Verlauf have something to show.
 */
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import {
  availabilityRowsOf,
  countCenters,
  insertAbsence,
  insertDocumentWithBaseline,
  insertDocumentWithTrail,
  insertQualificationRecord,
  writeWeekRecord,
  type Database,
} from '@schichtbrett/db';
import {
  addIsoWeeks,
  applyTemplate,
  boardWeekAt,
  currentIsoWeek,
  ensureAttendanceMaps,
  formatIsoWeek,
  formatRoomName,
  initWeekDoc,
  setHolidays,
  setWeekStatus,
  todayIn,
  type IsoWeek,
  type WeekStatus,
} from '@schichtbrett/domain';
import { publicHolidaysInWeek } from '@schichtbrett/domain/holidays';
import { recordNamesOf, weekRecordInput } from '../week/week-record-input';
import { finalizeDemoPastWeek } from './demo-past-week';
import { DEMO_AREA_REQUIREMENTS, demoRecords } from './demo-records';
import { DEMO_AREAS, DEMO_CENTER, DEMO_PEOPLE, DEMO_STAFF, DEMO_TEMPLATE, demoVolunteerEmail } from './demo-data';

export const SEED_ORIGIN = 'seed';

export type SeedResult = { seeded: false } | { seeded: true; rooms: string[] };

export interface SeedOptions {
  now: Date;
  /**
   * argon2id hash of DEMO_PASSWORD, shared by all demo accounts: they share the password anyway, and one
   * hash instead of eighteen keeps the first start (and every test server) a second faster.
   */
  demoPasswordHash: string;
}

export async function seedDemoIfEmpty(db: Kysely<Database>, options: SeedOptions): Promise<SeedResult> {
  const { now, demoPasswordHash } = options;
  if ((await countCenters(db)) > 0) return { seeded: false };
  return db.transaction().execute(async (trx) => {
    const center = await trx
      .insertInto('centers')
      .values({
        slug: DEMO_CENTER.slug,
        name: DEMO_CENTER.name,
        time_zone: DEMO_CENTER.timeZone,
        state_code: DEMO_CENTER.stateCode,
        board_week: DEMO_CENTER.boardWeek,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('areas')
      .values(DEMO_AREAS.map((area, position) => ({ ...area, center_id: center.id, position })))
      .execute();
    const accounts = [
      ...DEMO_STAFF.map((staff) => ({ ...staff, areaIds: [...staff.areaIds] as string[] })),
      ...DEMO_PEOPLE.map(([id, firstName, lastName], index) => ({
        id,
        firstName,
        lastName,
        email: demoVolunteerEmail(index + 1),
        role: 'volunteer' as const,
        areaIds: [] as string[],
      })),
    ];
    await trx
      .insertInto('users')
      .values(
        accounts.map((account) => ({
          id: `user-${account.id}`,
          email: account.email,
          password_hash: demoPasswordHash,
        })),
      )
      .execute();
    await trx
      .insertInto('people')
      .values(
        accounts.map((account) => ({
          id: account.id,
          center_id: center.id,
          first_name: account.firstName,
          last_name: account.lastName,
          email: account.email,
          phone: null,
          user_id: `user-${account.id}`,
          role: account.role,
          area_ids: JSON.stringify(account.areaIds),
        })),
      )
      .execute();
    await trx
      .insertInto('template_shifts')
      .values(
        DEMO_TEMPLATE.map((shift) => ({
          id: shift.id,
          center_id: center.id,
          area_id: shift.areaId,
          weekday: shift.weekday,
          start_time: shift.start,
          end_time: shift.end,
          needed: shift.needed,
          notes: shift.notes,
          regular_ids: JSON.stringify(shift.regularIds),
        })),
      )
      .execute();
    await trx
      .insertInto('area_requirements')
      .values(
        Object.entries(DEMO_AREA_REQUIREMENTS).flatMap(([areaId, kinds]) =>
          kinds.map((kind) => ({ area_id: areaId, kind })),
        ),
      )
      .execute();
    const records = demoRecords(todayIn(now, DEMO_CENTER.timeZone));
    for (const [index, { personId, record }] of records.qualifications.entries()) {
      await insertQualificationRecord(trx, { id: `qualification-demo-${index}`, personId, record });
    }
    for (const absence of records.absences) await insertAbsence(trx, absence);
    await trx
      .insertInto('availability_slots')
      .values([...records.availability].flatMap(([personId, slots]) => availabilityRowsOf(personId, slots)))
      .execute();

    // The week the demo's board opens on: from Saturday on the next one, so a volunteer trying the demo
    // at the weekend finds shifts to claim in the coming days, not a week that is nearly over.
    const thisWeek = boardWeekAt(now, DEMO_CENTER.timeZone, DEMO_CENTER.boardWeek);
    const rooms: string[] = [];
    const weeks = [
      { week: thisWeek, status: 'published' as const },
      { week: addIsoWeeks(thisWeek, 1), status: 'draft' as const },
    ];
    for (const { week, status } of weeks) {
      const doc = plannedWeek(week, status, now);
      const room = formatRoomName({ kind: 'week', center: DEMO_CENTER.slug, week });
      // With the baseline of its audit trail: the Verlauf tells later edits against it.
      await insertDocumentWithBaseline(trx, { room, state: Y.encodeStateAsUpdate(doc) });
      doc.destroy();
      rooms.push(room);
    }

    // The calendar's last week, over whatever the day: the record a center reports from.
    const pastWeek = addIsoWeeks(currentIsoWeek(now, DEMO_CENTER.timeZone), -1);
    const doc = plannedWeek(pastWeek, 'published', now);
    const past = finalizeDemoPastWeek(doc, pastWeek, records.absences);
    doc.destroy();
    const room = formatRoomName({ kind: 'week', center: DEMO_CENTER.slug, week: pastWeek });
    await insertDocumentWithTrail(trx, { room, state: past.state, baseline: past.baseline, steps: past.steps });
    await writeWeekRecord(
      trx,
      weekRecordInput({
        centerId: center.id,
        week: formatIsoWeek(pastWeek),
        finalizedBy: past.finalizedBy,
        finalizedAt: past.finalizedAt,
        record: past.record,
        names: await recordNamesOf(trx, center.id),
      }),
    );
    rooms.push(room);
    return { seeded: true, rooms };
  });
}

/** A week planned from the demo template, as the server would have stored it on load. */
function plannedWeek(week: IsoWeek, status: Exclude<WeekStatus, 'finalized'>, now: Date): Y.Doc {
  const doc = new Y.Doc();
  const holidays = publicHolidaysInWeek(DEMO_CENTER.stateCode, week);
  initWeekDoc(doc, { center: DEMO_CENTER.slug, week }, SEED_ORIGIN);
  // Written here as the server would on load, so that loading the room changes nothing.
  setHolidays(doc, holidays, SEED_ORIGIN);
  setWeekStatus(doc, status, SEED_ORIGIN);
  applyTemplate(doc, {
    center: DEMO_CENTER.slug,
    week,
    template: DEMO_TEMPLATE,
    holidays,
    now: now.getTime(),
    origin: SEED_ORIGIN,
  });
  ensureAttendanceMaps(doc, SEED_ORIGIN);
  return doc;
}
