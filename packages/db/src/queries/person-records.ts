/**
 * The people data of issue 5 as the API writes and reads it: qualification records (Nachweise), absences,
 * weekly availability and the qualifications an area requires. Records are read back through
 * `qualificationRecordOf` (claim-context.ts), the same reader the claim rules use, so what the API stores
 * is exactly what a claim sees.
 */
import type { Kysely } from 'kysely';
import {
  QUALIFICATION_KINDS,
  type Absence,
  type AvailabilitySlot,
  type IsoWeekday,
  type PartOfDay,
  type QualificationKind,
  type QualificationRecord,
  PARTS_OF_DAY,
} from '@schichtbrett/domain';
import type { AvailabilitySlotRow, Database } from '../tables';
import { qualificationRecordOf } from './claim-context';

/** A person of a center with the names the answers need; undefined when the person is not of that center. */
export async function findPersonOfCenter(
  db: Kysely<Database>,
  centerId: number,
  personId: string,
): Promise<{ id: string; first_name: string; last_name: string } | undefined> {
  return db
    .selectFrom('people')
    .select(['id', 'first_name', 'last_name'])
    .where('center_id', '=', centerId)
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** A stored record in its domain shape, with the row's id and creation time. */
export interface StoredQualificationRecord {
  id: string;
  personId: string;
  createdAt: string;
  record: QualificationRecord;
}

/** A person's readable records, oldest first (unreadable rows are left out, as the claim rules do). */
export async function listQualificationRecordsOfPerson(
  db: Kysely<Database>,
  personId: string,
): Promise<StoredQualificationRecord[]> {
  const rows = await db
    .selectFrom('qualification_records')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const stored: StoredQualificationRecord[] = [];
  for (const row of rows) {
    const record = qualificationRecordOf(row);
    if (record) stored.push({ id: row.id, personId: row.person_id, createdAt: row.created_at, record });
  }
  return stored;
}

/** Every readable record of the active people of a center, for the coordinators' expiry list. */
export async function listQualificationRecordsOfCenter(
  db: Kysely<Database>,
  centerId: number,
): Promise<{ personId: string; firstName: string; lastName: string; records: QualificationRecord[] }[]> {
  const rows = await db
    .selectFrom('qualification_records as q')
    .innerJoin('people as p', 'p.id', 'q.person_id')
    .selectAll('q')
    .select(['p.first_name', 'p.last_name'])
    .where('p.center_id', '=', centerId)
    .where('p.active', '=', 1)
    .orderBy('p.id')
    .orderBy('q.created_at')
    .execute();
  const byPerson = new Map<
    string,
    { personId: string; firstName: string; lastName: string; records: QualificationRecord[] }
  >();
  for (const row of rows) {
    const record = qualificationRecordOf(row);
    if (!record) continue;
    const entry = byPerson.get(row.person_id) ?? {
      personId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      records: [],
    };
    entry.records.push(record);
    byPerson.set(row.person_id, entry);
  }
  return [...byPerson.values()];
}

/**
 * Stores a record. A Hygienebelehrung keeps its day in `valid_from` (where the claim reader looks first)
 * and, like older rows, in `inspected_on`; a Führungszeugnis only the three noted facts, never a document.
 */
export async function insertQualificationRecord(
  db: Kysely<Database>,
  options: { id: string; personId: string; record: QualificationRecord },
): Promise<void> {
  const { record } = options;
  const columns = (() => {
    switch (record.kind) {
      case 'fuehrungszeugnis':
        return {
          inspected_on: record.inspectedOn,
          certificate_date: record.certificateDate,
          result: record.result,
          valid_from: null,
        };
      case 'hygiene':
        return { inspected_on: record.date, certificate_date: null, result: null, valid_from: record.date };
      case 'fuehrerschein':
        return { inspected_on: record.inspectedOn, certificate_date: null, result: null, valid_from: null };
      default: {
        const unknown: never = record;
        throw new Error(`unknown qualification record ${JSON.stringify(unknown)}`);
      }
    }
  })();
  await db
    .insertInto('qualification_records')
    .values({ id: options.id, person_id: options.personId, kind: record.kind, ...columns })
    .execute();
}

/** Deletes one record of the person; false when the person has no record of that id. */
export async function deleteQualificationRecord(
  db: Kysely<Database>,
  options: { personId: string; id: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('qualification_records')
    .where('id', '=', options.id)
    .where('person_id', '=', options.personId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** An absence with the row's id. */
export interface StoredAbsence extends Absence {
  id: string;
}

export async function listAbsencesOfPerson(db: Kysely<Database>, personId: string): Promise<StoredAbsence[]> {
  const rows = await db
    .selectFrom('absences')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    from: row.from_date,
    to: row.to_date,
    ...(row.reason === null ? {} : { reason: row.reason }),
  }));
}

export async function insertAbsence(db: Kysely<Database>, absence: StoredAbsence): Promise<void> {
  await db
    .insertInto('absences')
    .values({
      id: absence.id,
      person_id: absence.personId,
      from_date: absence.from,
      to_date: absence.to,
      reason: absence.reason ?? null,
    })
    .execute();
}

/** Deletes one absence of the person; false when the person has none of that id. */
export async function deleteAbsence(db: Kysely<Database>, options: { personId: string; id: string }): Promise<boolean> {
  const result = await db
    .deleteFrom('absences')
    .where('id', '=', options.id)
    .where('person_id', '=', options.personId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

function isPartOfDay(text: string): text is PartOfDay {
  return (PARTS_OF_DAY as readonly string[]).includes(text);
}

/** The person's weekly slots, by weekday and start; rows that do not make a slot are left out. */
export async function listAvailabilityOfPerson(db: Kysely<Database>, personId: string): Promise<AvailabilitySlot[]> {
  const rows = await db
    .selectFrom('availability_slots')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('weekday')
    .orderBy('id')
    .execute();
  return rows.map(availabilitySlotOf).filter((slot) => slot !== null);
}

/** A stored row as a domain slot, or null when it does not make one. */
export function availabilitySlotOf(row: AvailabilitySlotRow): AvailabilitySlot | null {
  if (row.weekday < 1 || row.weekday > 7) return null;
  const weekday = row.weekday as IsoWeekday;
  if (row.part !== null) return isPartOfDay(row.part) ? { weekday, kind: 'part-of-day', part: row.part } : null;
  if (row.start_time !== null && row.end_time !== null)
    return { weekday, kind: 'time', start: row.start_time, end: row.end_time };
  return null;
}

/** Replaces all of the person's weekly slots in one transaction, keeping the given order. */
export async function replaceAvailabilityOfPerson(
  db: Kysely<Database>,
  personId: string,
  slots: readonly AvailabilitySlot[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('availability_slots').where('person_id', '=', personId).execute();
    if (slots.length === 0) return;
    await trx.insertInto('availability_slots').values(availabilityRowsOf(personId, slots)).execute();
  });
}

/** The rows of a person's slots, numbered in the given order (the seed writes them the same way). */
export function availabilityRowsOf(personId: string, slots: readonly AvailabilitySlot[]): AvailabilitySlotRow[] {
  return slots.map((slot, index) => ({
    id: `${personId}:${String(index).padStart(3, '0')}`,
    person_id: personId,
    weekday: slot.weekday,
    part: slot.kind === 'part-of-day' ? slot.part : null,
    start_time: slot.kind === 'time' ? slot.start : null,
    end_time: slot.kind === 'time' ? slot.end : null,
  }));
}

/** An area of the center; undefined when the center has no area of that id. */
export async function findAreaOfCenter(
  db: Kysely<Database>,
  centerId: number,
  areaId: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('center_id', '=', centerId)
    .where('id', '=', areaId)
    .executeTakeFirst();
}

/** The qualifications one area requires, in QUALIFICATION_KINDS order. */
export async function listRequirementsOfArea(db: Kysely<Database>, areaId: string): Promise<QualificationKind[]> {
  const rows = await db.selectFrom('area_requirements').select('kind').where('area_id', '=', areaId).execute();
  const kinds = new Set(rows.map((row) => row.kind));
  return QUALIFICATION_KINDS.filter((kind) => kinds.has(kind));
}

/** Replaces what an area requires, in one transaction. */
export async function replaceRequirementsOfArea(
  db: Kysely<Database>,
  areaId: string,
  kinds: readonly QualificationKind[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('area_requirements').where('area_id', '=', areaId).execute();
    const unique = [...new Set(kinds)];
    if (unique.length === 0) return;
    await trx
      .insertInto('area_requirements')
      .values(unique.map((kind) => ({ area_id: areaId, kind })))
      .execute();
  });
}
