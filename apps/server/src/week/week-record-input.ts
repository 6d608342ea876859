/**
 * What finalizing writes as the record (ADR 16): the document's record rows with the names of that
 * moment copied in. Shared by the finalize command and the demo seed's past week, so both write alike.
 */
import type { Kysely } from 'kysely';
import { listAreas, listPeople, type Database, type WeekRecordInput } from '@schichtbrett/db';
import type { WeekRecord } from '@schichtbrett/domain';

export interface RecordNames {
  area: ReadonlyMap<string, string>;
  person: ReadonlyMap<string, string>;
}

/** The names the record copies in; read before the (synchronous) freeze of the document. */
export async function recordNamesOf(db: Kysely<Database>, centerId: number): Promise<RecordNames> {
  const [areas, people] = await Promise.all([listAreas(db, centerId), listPeople(db, centerId)]);
  return {
    area: new Map(areas.map((area) => [area.id, area.name])),
    person: new Map(people.map((person) => [person.id, `${person.first_name} ${person.last_name}`.trim()])),
  };
}

export function weekRecordInput(options: {
  centerId: number;
  week: string;
  /** people.id of the coordinator who finalized. */
  finalizedBy: string;
  finalizedAt: string;
  record: WeekRecord;
  names: RecordNames;
}): WeekRecordInput {
  const { record, names } = options;
  return {
    centerId: options.centerId,
    week: options.week,
    finalizedBy: options.finalizedBy,
    finalizedAt: options.finalizedAt,
    shifts: record.shifts.map((shift) => ({ ...shift, areaName: names.area.get(shift.areaId) ?? shift.areaId })),
    // A person deleted since keeps a row (the hours happened); their name is gone with them.
    attendance: record.attendance.map((row) => ({ ...row, personName: names.person.get(row.personId) ?? '' })),
  };
}
