/**
 * Synchronous queries on the raw better-sqlite3 handle for the sync server, which must not await: the
 * center a room belongs to and its archived areas, and the `template_shifts` projection of a template
 * document. Each runs in one statement or one transaction, so nothing else on the connection interleaves.
 */
import type SQLite from 'better-sqlite3';
import type { TemplateShiftRow } from '../tables';

export interface RoomCenter {
  id: number;
  slug: string;
  stateCode: string;
}

/** The center with `slug`, or null; synchronous, for room loading. */
export function findRoomCenterSync(sqlite: SQLite.Database, slug: string): RoomCenter | null {
  const row = sqlite
    .prepare<[string], { id: number; slug: string; state_code: string }>(
      'SELECT id, slug, state_code FROM centers WHERE slug = ?',
    )
    .get(slug);
  return row ? { id: row.id, slug: row.slug, stateCode: row.state_code } : null;
}

/** The ids of the center's areas; template rows of other areas cannot be stored (foreign key). */
export function listAreaIdsSync(sqlite: SQLite.Database, centerId: number): string[] {
  return sqlite
    .prepare<[number], { id: string }>('SELECT id FROM areas WHERE center_id = ?')
    .all(centerId)
    .map((row) => row.id);
}

/**
 * The ids of the archived areas of the center with `slug`; synchronous, for the sync server, which refuses
 * an update that puts a shift into one of them.
 */
export function listArchivedAreaIdsSync(sqlite: SQLite.Database, slug: string): string[] {
  return sqlite
    .prepare<[string], { id: string }>(
      `SELECT areas.id FROM areas JOIN centers ON centers.id = areas.center_id
       WHERE centers.slug = ? AND areas.archived_at IS NOT NULL`,
    )
    .all(slug)
    .map((row) => row.id);
}

/** The center's template rows as stored; synchronous, for importing them into a new template document. */
export function listTemplateShiftsSync(sqlite: SQLite.Database, centerId: number): TemplateShiftRow[] {
  return sqlite
    .prepare<[number], TemplateShiftRow>(
      'SELECT * FROM template_shifts WHERE center_id = ? ORDER BY weekday, start_time, id',
    )
    .all(centerId);
}

export type TemplateShiftValues = Omit<TemplateShiftRow, 'center_id'>;

/**
 * Replaces every template row of the center with `rows`, in one transaction: readers see the old
 * template or the new one, never a mixture. Throws (and changes nothing) when a row cannot be stored.
 */
export function replaceTemplateShiftsSync(
  sqlite: SQLite.Database,
  centerId: number,
  rows: readonly TemplateShiftValues[],
): void {
  const remove = sqlite.prepare<[number]>('DELETE FROM template_shifts WHERE center_id = ?');
  const insert = sqlite.prepare<[TemplateShiftRow]>(
    `INSERT INTO template_shifts (id, center_id, area_id, weekday, start_time, end_time, needed, notes, regular_ids)
     VALUES (@id, @center_id, @area_id, @weekday, @start_time, @end_time, @needed, @notes, @regular_ids)`,
  );
  sqlite.transaction(() => {
    remove.run(centerId);
    for (const row of rows) insert.run({ ...row, center_id: centerId });
  })();
}
