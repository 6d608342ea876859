/**
 * Weeks stored before the week projection existed, or written straight into the log (the demo seed), have
 * no rows in `weeks` until their room loads. At start every such week room is loaded once, which projects
 * it (the projection runs on load), so open shifts, "my shifts" and feeds see them from the first request.
 */
import type { DatabaseHandle } from '@schichtbrett/db';
import { formatIsoWeek, parseRoomName } from '@schichtbrett/domain';
import type { Logger } from 'pino';
import type { Rooms } from '../rooms';

export async function projectStoredWeeks(
  sqlite: DatabaseHandle['sqlite'],
  rooms: Pick<Rooms, 'registry' | 'weeksProjected'>,
  logger: Logger,
): Promise<number> {
  const stored = sqlite
    .prepare<[], { room: string }>(`SELECT DISTINCT room FROM sync_updates WHERE room LIKE 'week/%'`)
    .all();
  const projected = sqlite.prepare<[string, string], { found: number }>(
    `SELECT 1 AS found FROM weeks JOIN centers ON centers.id = weeks.center_id WHERE centers.slug = ? AND weeks.week = ?`,
  );
  let loaded = 0;
  for (const { room } of stored) {
    const parsed = parseRoomName(room);
    if (!parsed.ok || parsed.room.kind !== 'week') continue;
    if (projected.get(parsed.room.center, formatIsoWeek(parsed.room.week))) continue;
    const outcome = await rooms.registry.readDocument(room, () => undefined);
    if (outcome.ok) loaded += 1;
    else logger.warn({ room, reason: outcome.reason }, 'stored week could not be loaded to project it');
  }
  await rooms.weeksProjected();
  if (loaded > 0) logger.info({ weeks: loaded }, 'projected stored weeks to SQL');
  return loaded;
}
