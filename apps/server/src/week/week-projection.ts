/**
 * Keeps `weeks`, `week_shifts` and `shift_assignments` in step with the week documents: after changes of a
 * week room (client updates and server commands alike), and when it loads, that center-week's rows are
 * rewritten from `readWeek(doc)` in one SQLite transaction. Bursts are coalesced (one write per
 * center-week per turn of the event loop); a failed write is logged and the next change tries again,
 * since the document stays the truth.
 */
import {
  findRoomCenterSync,
  replaceWeekProjectionSync,
  type DatabaseHandle,
  type ProjectedWeek,
} from '@schichtbrett/db';
import { readWeek } from '@schichtbrett/domain';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { CoalescedWrites } from '../projection/coalesced-writes';

type SqliteDatabase = DatabaseHandle['sqlite'];

/** A week room by what the projection needs: the center's slug and the ISO week "YYYY-Www". */
export interface WeekKey {
  center: string;
  week: string;
}

export class WeekProjection {
  private readonly sqlite: SqliteDatabase;
  private readonly logger: Logger;
  private readonly writes: CoalescedWrites<{ key: WeekKey; doc: Y.Doc }>;
  private readonly onProjected: (key: WeekKey) => void;

  /** `onProjected` runs after a week's rows are committed (the live events tell clients to refetch). */
  constructor(options: { sqlite: SqliteDatabase; logger: Logger; onProjected?: (key: WeekKey) => void }) {
    this.sqlite = options.sqlite;
    this.logger = options.logger;
    this.onProjected = options.onProjected ?? (() => {});
    this.writes = new CoalescedWrites(options.sqlite, (_id, { key, doc }) => this.project(key, doc));
  }

  /** The week document of `key` changed (or loaded): project it soon. */
  changed(key: WeekKey, doc: Y.Doc): void {
    this.writes.schedule(`${key.center}/${key.week}`, { key, doc });
  }

  /** Resolves once every change reported so far is projected (or its failure logged). */
  settled(): Promise<void> {
    return this.writes.settled();
  }

  private project(key: WeekKey, doc: Y.Doc): void {
    try {
      const center = findRoomCenterSync(this.sqlite, key.center);
      if (!center) return;
      const { conflictingShiftIds } = replaceWeekProjectionSync(this.sqlite, projectedWeekOf(doc, center.id, key.week));
      if (conflictingShiftIds.length > 0) {
        this.logger.warn(
          { center: key.center, week: key.week, shiftIds: conflictingShiftIds },
          'week shifts whose id another week holds not projected',
        );
      }
    } catch (error) {
      this.logger.error({ err: error, center: key.center, week: key.week }, 'projecting the week to SQL failed');
      return;
    }
    try {
      this.onProjected(key);
    } catch (error) {
      this.logger.error({ err: error, center: key.center, week: key.week }, 'telling listeners of a week failed');
    }
  }
}

/**
 * The rows of a week document: its status (a document without meta counts as a draft) and its well-formed
 * shifts as `readWeek` sees them, each assignee with the time the document records for it and, while they
 * look for a stand-in, since when.
 */
export function projectedWeekOf(doc: Y.Doc, centerId: number, week: string): ProjectedWeek {
  const plan = readWeek(doc);
  const shiftMaps = doc.getMap<unknown>('shifts');
  return {
    centerId,
    week,
    status: plan.meta?.status ?? 'draft',
    shifts: plan.shifts.map((shift) => {
      const times = assignmentTimes(shiftMaps.get(shift.id));
      const standIn = new Map((shift.standIn ?? []).map((request) => [request.personId, request.since]));
      return {
        id: shift.id,
        areaId: shift.areaId,
        date: shift.date,
        start: shift.start,
        end: shift.end,
        needed: shift.needed,
        notes: shift.notes,
        cancelled: shift.cancelled ?? null,
        assignees: shift.assigned.map((personId) => ({
          personId,
          assignedAt: times.get(personId) ?? 0,
          standInSince: standIn.get(personId) ?? null,
        })),
      };
    }),
  };
}

/** `assignees` of a stored shift: person id → ms since epoch (0 where a peer stored no number, as readWeek). */
function assignmentTimes(shift: unknown): Map<string, number> {
  const times = new Map<string, number>();
  const assignees = shift instanceof Y.Map ? (shift as Y.Map<unknown>).get('assignees') : undefined;
  if (assignees instanceof Y.Map) {
    for (const [personId, at] of (assignees as Y.Map<unknown>).entries())
      times.set(personId, typeof at === 'number' && Number.isFinite(at) ? Math.trunc(at) : 0);
  }
  return times;
}
