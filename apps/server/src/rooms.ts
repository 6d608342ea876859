/**
 * The production room registry: rooms exist for centers in the database, live on the SQLite update log,
 * and every week document the server hands out carries its meta (schema version, center, week).
 */
import type { DatabaseHandle } from '@schichtbrett/db';
import { findCenterBySlug } from '@schichtbrett/db';
import { initWeekDoc } from '@schichtbrett/domain';
import type { Logger } from 'pino';
import { serverOrigin } from './sync/room';
import { RoomRegistry } from './sync/room-registry';
import { createSqliteUpdateLog } from './sync/sqlite-update-log';
import type { UpdateLog } from './sync/update-log';

export interface RoomsOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** The SQLite update log of `database` unless given (tests keep a handle on it). */
  log?: UpdateLog;
  unloadAfterMs?: number;
  compactAfterRows?: number;
}

export function createRooms({ database, logger, log, unloadAfterMs, compactAfterRows }: RoomsOptions): RoomRegistry {
  return new RoomRegistry({
    log: log ?? createSqliteUpdateLog(database.sqlite),
    logger,
    roomExists: async (room) => (await findCenterBySlug(database.db, room.center)) !== null,
    prepareDocument: (doc, room) => initWeekDoc(doc, room, serverOrigin),
    unloadAfterMs,
    compactAfterRows,
  });
}
