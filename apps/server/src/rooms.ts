/**
 * The production room registry: rooms exist for centers in the database and live on the SQLite update
 * log. Week documents get their meta (a new one is a draft) and their public holidays when they load;
 * a template document imports the center's `template_shifts` rows once, and from then on those rows are
 * its projection. Week rooms are projected to `weeks`, `week_shifts` and `shift_assignments` when they load
 * and after every accepted change. Drafts admit coordinators only; finalized weeks take no client writes;
 * archived areas take no new shifts, in weeks and the template alike.
 */
import {
  findRoomCenterSync,
  listArchivedAreaIdsSync,
  listTemplateShiftsSync,
  type DatabaseHandle,
  type RoomCenter,
} from '@schichtbrett/db';
import {
  ensureAttendanceMaps,
  formatIsoWeek,
  initWeekDoc,
  weekStatusOf,
  readMeta,
  setHolidays,
  writeTemplateDoc,
  type RoomName,
} from '@schichtbrett/domain';
import { publicHolidaysInWeek } from '@schichtbrett/domain/holidays';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { RoomRegistry, type UpdateLog, createSqliteUpdateLog, serverOrigin } from './sync';
import { CenterEvents } from './live/center-events';
import { TemplateProjection } from './template/template-projection';
import { templateShiftsOfRows } from './template/template-rows';
import { weekAdmission } from './week/week-admission';
import { WeekProjection, type WeekKey } from './week/week-projection';

export interface RoomsOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** The SQLite update log of `database` unless given (tests keep a handle on it). */
  log?: UpdateLog;
  unloadAfterMs?: number;
  compactAfterRows?: number;
  /** When a template document is first made from the SQL rows (the regulars' assignment time). */
  now?: () => Date;
}

/** The registry together with what tests and commands need to wait for. */
export interface Rooms {
  registry: RoomRegistry;
  /** Resolves once `template_shifts` reflects every template change accepted so far. */
  templateProjected(): Promise<void>;
  /** Resolves once `weeks`, `week_shifts` and `shift_assignments` reflect every week change so far. */
  weeksProjected(): Promise<void>;
  /** The live events: told of each week once its rows are committed, ended with the sessions. */
  events: CenterEvents;
}

export function createRoomsWithProjection(options: RoomsOptions): Rooms {
  const { database, logger } = options;
  const now = options.now ?? (() => new Date());
  const projection = new TemplateProjection({ sqlite: database.sqlite, logger });
  const events = new CenterEvents();
  const weekProjection = new WeekProjection({
    sqlite: database.sqlite,
    logger,
    onProjected: (key) => events.weekChanged(key.center, key.week),
  });
  const weekKey = (room: RoomName & { kind: 'week' }): WeekKey => ({
    center: room.center,
    week: formatIsoWeek(room.week),
  });
  const centerOf = (room: RoomName): RoomCenter | null => findRoomCenterSync(database.sqlite, room.center);

  function prepareDocument(doc: Y.Doc, room: RoomName): void {
    const center = centerOf(room);
    // The center was there a moment ago (roomExists); deleted meanwhile, the room is refused on next load.
    if (!center) return;
    if (room.kind === 'week') {
      initWeekDoc(doc, room, serverOrigin);
      setHolidays(doc, publicHolidaysInWeek(center.stateCode, room.week), serverOrigin);
      ensureAttendanceMaps(doc, serverOrigin);
      // On load too, so weeks stored before the projection existed (or whose last write failed) fill in.
      weekProjection.changed(weekKey(room), doc);
      return;
    }
    if (readMeta(doc)) return;
    const template = templateShiftsOfRows(listTemplateShiftsSync(database.sqlite, center.id));
    writeTemplateDoc(doc, { center: center.slug, template, now: now().getTime(), origin: serverOrigin });
  }

  const registry = new RoomRegistry({
    log: options.log ?? createSqliteUpdateLog(database.sqlite),
    logger,
    roomExists: (room) => centerOf(room) !== null,
    prepareDocument,
    admission: weekAdmission,
    // A finalized week is the record: nobody writes it on the socket until a coordinator reopens it.
    isReadOnly: (doc, room) => room.kind === 'week' && weekStatusOf(doc) === 'finalized',
    // Read from the table on each update that places a shift (one indexed query), not cached: an archive or
    // restore through the API counts at once, in every open room, with nothing to keep in step.
    archivedAreas: (room) => new Set(listArchivedAreaIdsSync(database.sqlite, room.center)),
    onDocumentChanged: (doc, room) => {
      if (room.kind === 'template') projection.changed(room.center, doc);
      else weekProjection.changed(weekKey(room), doc);
    },
    onSessionsEnded: (ended, reason) => events.endWhere(ended, reason),
    unloadAfterMs: options.unloadAfterMs,
    compactAfterRows: options.compactAfterRows,
  });
  return {
    registry,
    events,
    templateProjected: () => projection.settled(),
    weeksProjected: () => weekProjection.settled(),
  };
}

/** The registry alone, for callers that never wait for the projection. */
export function createRooms(options: RoomsOptions): RoomRegistry {
  return createRoomsWithProjection(options).registry;
}
