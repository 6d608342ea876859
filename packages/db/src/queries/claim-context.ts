/**
 * What the server needs to decide a volunteer's claim (issue 5): the week a shift lies in, the person's
 * qualification records and absences as domain values, the areas' requirements, and the projected shifts
 * from which "Offene Schichten" are chosen. Read-only; the rules themselves live in packages/domain.
 */
import type { Kysely } from 'kysely';
import {
  parseLocalDate,
  QUALIFICATION_KINDS,
  type Absence,
  type QualificationKind,
  type QualificationRecord,
  type Shift,
  type StandInRequest,
} from '@schichtbrett/domain';
import type { AbsenceRow, Database, QualificationRecordRow } from '../tables';

/** The ISO week ("YYYY-Www") of a center's shift, by the id the document and the projection share. */
export async function findWeekOfShift(
  db: Kysely<Database>,
  options: { centerId: number; shiftId: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('week_shifts')
    .select('week')
    .where('center_id', '=', options.centerId)
    .where('id', '=', options.shiftId)
    .executeTakeFirst();
  return row?.week ?? null;
}

function isDate(text: string | null): text is string {
  return text !== null && parseLocalDate(text) !== null;
}

/**
 * A stored record as the domain sees it, or null when it is incomplete. A hygiene Belehrung keeps its day
 * in `valid_from` (older rows only in `inspected_on`). An unreadable record counts as not held: a claim
 * is then refused rather than wrongly allowed.
 */
export function qualificationRecordOf(row: QualificationRecordRow): QualificationRecord | null {
  switch (row.kind) {
    case 'fuehrungszeugnis':
      if (!isDate(row.inspected_on) || !isDate(row.certificate_date)) return null;
      if (row.result !== 'ohne-eintrag' && row.result !== 'mit-eintrag') return null;
      return {
        kind: 'fuehrungszeugnis',
        inspectedOn: row.inspected_on,
        certificateDate: row.certificate_date,
        result: row.result,
      };
    case 'hygiene': {
      const date = row.valid_from ?? row.inspected_on;
      return isDate(date) ? { kind: 'hygiene', date } : null;
    }
    case 'fuehrerschein':
      return isDate(row.inspected_on) ? { kind: 'fuehrerschein', inspectedOn: row.inspected_on } : null;
    default:
      return null;
  }
}

/** A stored absence as the domain sees it. */
export function absenceOf(row: AbsenceRow): Absence {
  return {
    personId: row.person_id,
    from: row.from_date,
    to: row.to_date,
    ...(row.reason === null ? {} : { reason: row.reason }),
  };
}

/** A person's qualification records and absences, the person-side inputs of a claim. */
export interface ClaimantRecords {
  qualifications: QualificationRecord[];
  absences: Absence[];
}

export async function loadClaimantRecords(db: Kysely<Database>, personId: string): Promise<ClaimantRecords> {
  const [records, absences] = await Promise.all([
    db.selectFrom('qualification_records').selectAll().where('person_id', '=', personId).execute(),
    db.selectFrom('absences').selectAll().where('person_id', '=', personId).orderBy('from_date').execute(),
  ]);
  return {
    qualifications: records.map(qualificationRecordOf).filter((record) => record !== null),
    absences: absences.map(absenceOf),
  };
}

function isQualificationKind(kind: string): kind is QualificationKind {
  return (QUALIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Area id → the qualifications it requires, for the areas of a center (areas without any are left out). */
export async function listAreaRequirements(
  db: Kysely<Database>,
  centerId: number,
): Promise<Map<string, QualificationKind[]>> {
  const rows = await db
    .selectFrom('area_requirements as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['r.area_id', 'r.kind'])
    .where('a.center_id', '=', centerId)
    .orderBy('r.area_id')
    .orderBy('r.kind')
    .execute();
  const byArea = new Map<string, QualificationKind[]>();
  for (const { area_id, kind } of rows) {
    // Only kinds the domain knows can be checked; the table is written through the domain's schema.
    if (!isQualificationKind(kind)) continue;
    byArea.set(area_id, [...(byArea.get(area_id) ?? []), kind]);
  }
  return byArea;
}

/** A projected shift of a published week as a domain Shift, with its week and its area's name. */
export interface PublishedShift {
  shift: Shift;
  week: string;
  /** Null when the area has been deleted since. */
  areaName: string | null;
}

/**
 * Every shift of the center's published weeks from `fromDate` on (inclusive; up to `toDate` inclusive when
 * given), with its assignees in the order they were put on, soonest first. The candidates for "Offene
 * Schichten" and, since they hold the person's own shifts too, what a claim must not overlap; bounded, the
 * work done in a period (the gaps view's fairness).
 */
export async function listPublishedShiftsFrom(
  db: Kysely<Database>,
  options: { centerId: number; fromDate: string; toDate?: string },
): Promise<PublishedShift[]> {
  const toDate = options.toDate ?? '9999-12-31';
  const rows = await db
    .selectFrom('week_shifts as s')
    .innerJoin('weeks as w', (join) => join.onRef('w.center_id', '=', 's.center_id').onRef('w.week', '=', 's.week'))
    .leftJoin('areas as ar', (join) => join.onRef('ar.id', '=', 's.area_id').onRef('ar.center_id', '=', 's.center_id'))
    .selectAll('s')
    .select('ar.name as area_name')
    .where('s.center_id', '=', options.centerId)
    .where('w.status', '=', 'published')
    .where('s.date', '>=', options.fromDate)
    .where('s.date', '<=', toDate)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .orderBy('s.id')
    .execute();
  if (rows.length === 0) return [];
  const assignments = await db
    .selectFrom('shift_assignments as a')
    .innerJoin('week_shifts as s', (join) =>
      join.onRef('s.center_id', '=', 'a.center_id').onRef('s.id', '=', 'a.shift_id'),
    )
    .innerJoin('weeks as w', (join) => join.onRef('w.center_id', '=', 's.center_id').onRef('w.week', '=', 's.week'))
    .select(['a.shift_id', 'a.person_id', 'a.stand_in_since'])
    .where('a.center_id', '=', options.centerId)
    .where('w.status', '=', 'published')
    .where('s.date', '>=', options.fromDate)
    .where('s.date', '<=', toDate)
    .orderBy('a.assigned_at')
    .orderBy('a.person_id')
    .execute();
  const assignedTo = new Map<string, string[]>();
  const standInOf = new Map<string, StandInRequest[]>();
  for (const { shift_id, person_id, stand_in_since } of assignments) {
    assignedTo.set(shift_id, [...(assignedTo.get(shift_id) ?? []), person_id]);
    if (stand_in_since !== null)
      standInOf.set(shift_id, [...(standInOf.get(shift_id) ?? []), { personId: person_id, since: stand_in_since }]);
  }
  return rows.map((row) => ({
    week: row.week,
    areaName: row.area_name,
    shift: {
      id: row.id,
      areaId: row.area_id,
      date: row.date,
      start: row.start_time,
      end: row.end_time,
      needed: row.needed,
      notes: row.notes,
      assigned: assignedTo.get(row.id) ?? [],
      ...(row.cancelled === null ? {} : { cancelled: row.cancelled }),
      ...standInField(standInOf.get(row.id)),
    },
  }));
}

/** The `standIn` field of a Shift as the document reads it: longest waiting first, absent when empty. */
function standInField(requests: StandInRequest[] | undefined): Pick<Shift, 'standIn'> {
  if (!requests || requests.length === 0) return {};
  return { standIn: [...requests].sort((a, b) => a.since - b.since || a.personId.localeCompare(b.personId)) };
}
