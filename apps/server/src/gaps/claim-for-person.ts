/**
 * Puts one person on one shift as a server command, with the checks of a claim: what the gaps view's
 * "Eintragen" (a planner, limited to their areas) and an accepted request (the person themself) share.
 * Reads the person's records first, then decides and applies in one synchronous change of the room.
 */
import type { Kysely } from 'kysely';
import { listAreaRequirements, loadClaimantRecords, type CenterRow, type Database } from '@schichtbrett/db';
import type { ClaimRules } from '@schichtbrett/domain';
import { type ChangeDocumentResult, type RoomRegistry, serverOrigin } from '../sync';
import { absencesInWeek } from '../claims/week-absences';
import { assignInDocument, type AssignOutcome } from './assign-in-document';

export interface ClaimForPersonOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
  center: CenterRow;
  rules: ClaimRules;
  room: string;
  /** The ISO week of the room, "YYYY-Www": whose absences open places held by people away. */
  week: string;
  shiftId: string;
  personId: string;
  /** Areas the acting planner may assign in; null for all (coordinators, or the person themself). */
  areaIds: readonly string[] | null;
  now: Date;
}

export async function claimForPerson(options: ClaimForPersonOptions): Promise<ChangeDocumentResult<AssignOutcome>> {
  const { db, center, personId } = options;
  const [records, requirements, away] = await Promise.all([
    loadClaimantRecords(db, personId),
    listAreaRequirements(db, center.id),
    absencesInWeek(db, center.id, options.week),
  ]);
  return options.rooms.changeDocument(options.room, (doc) =>
    assignInDocument(
      doc,
      options.shiftId,
      {
        personId,
        qualifications: records.qualifications,
        absences: [...records.absences, ...away],
        requiredQualificationsOf: (areaId) => requirements.get(areaId) ?? [],
        timeZone: center.time_zone,
        now: options.now,
        rules: options.rules,
        areaIds: options.areaIds,
      },
      serverOrigin,
    ),
  );
}
