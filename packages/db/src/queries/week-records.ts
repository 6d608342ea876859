/**
 * The record of finalized weeks (issue 6): written whole in one transaction when a coordinator finalizes
 * (replacing any earlier record of the week), removed when the week is reopened, whose reason is kept.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../tables';

export interface RecordedShift {
  id: string;
  areaId: string;
  areaName: string;
  date: string;
  start: string;
  end: string;
  needed: number;
  cancelled: string | null;
}

export interface RecordedAttendance {
  shiftId: string;
  personId: string;
  personName: string;
  status: 'present' | 'no-show' | 'stand-in';
  actualStart: string | null;
  actualEnd: string | null;
}

export interface WeekRecordInput {
  centerId: number;
  week: string;
  /** people.id of the coordinator. */
  finalizedBy: string;
  /** ISO 8601, the same instant the week document shows. */
  finalizedAt: string;
  shifts: readonly RecordedShift[];
  attendance: readonly RecordedAttendance[];
}

/** Deletes the week's record, children first (no reliance on cascading foreign keys). */
async function deleteRecord(trx: Kysely<Database>, centerId: number, week: string): Promise<void> {
  const shiftIds = trx
    .selectFrom('record_shifts')
    .select('id')
    .where('center_id', '=', centerId)
    .where('week', '=', week);
  await trx
    .deleteFrom('record_attendance')
    .where('center_id', '=', centerId)
    .where('shift_id', 'in', shiftIds)
    .execute();
  await trx.deleteFrom('record_shifts').where('center_id', '=', centerId).where('week', '=', week).execute();
  await trx.deleteFrom('week_records').where('center_id', '=', centerId).where('week', '=', week).execute();
}

/** Writes the week's record in one transaction, replacing the one of an earlier finalize. */
export async function replaceWeekRecord(db: Kysely<Database>, record: WeekRecordInput): Promise<void> {
  await db.transaction().execute((trx) => writeWeekRecord(trx, record));
}

/**
 * The rows of `replaceWeekRecord`, inside a transaction the caller holds (the demo seed writes its past
 * week with everything else it creates).
 */
export async function writeWeekRecord(trx: Transaction<Database>, record: WeekRecordInput): Promise<void> {
  const { centerId, week } = record;
  await deleteRecord(trx, centerId, week);
  await trx
    .insertInto('week_records')
    .values({ center_id: centerId, week, finalized_by: record.finalizedBy, finalized_at: record.finalizedAt })
    .execute();
  if (record.shifts.length > 0) {
    await trx
      .insertInto('record_shifts')
      .values(
        record.shifts.map((shift) => ({
          center_id: centerId,
          week,
          id: shift.id,
          area_id: shift.areaId,
          area_name: shift.areaName,
          date: shift.date,
          start_time: shift.start,
          end_time: shift.end,
          needed: shift.needed,
          cancelled: shift.cancelled,
        })),
      )
      .execute();
  }
  if (record.attendance.length > 0) {
    await trx
      .insertInto('record_attendance')
      .values(
        record.attendance.map((row) => ({
          center_id: centerId,
          shift_id: row.shiftId,
          person_id: row.personId,
          person_name: row.personName,
          status: row.status,
          actual_start: row.actualStart,
          actual_end: row.actualEnd,
        })),
      )
      .execute();
  }
}

/**
 * Records a reopening (who, when, why) and removes the week's record in one transaction: from now on the
 * week is no longer finalized, so no report may count it until it is finalized again.
 */
export async function reopenWeekRecord(
  db: Kysely<Database>,
  reopening: { centerId: number; week: string; reopenedBy: string; reason: string; reopenedAt: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('week_reopenings')
      .values({
        center_id: reopening.centerId,
        week: reopening.week,
        reopened_by: reopening.reopenedBy,
        reason: reopening.reason,
        reopened_at: reopening.reopenedAt,
      })
      .execute();
    await deleteRecord(trx, reopening.centerId, reopening.week);
  });
}
