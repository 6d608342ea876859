/**
 * The template between its two forms: `template_shifts` rows (the relational projection, and the source of
 * a template document's first load) and the domain's `TemplateShift`s read from or written to the document.
 */
import type { TemplateShiftRow, TemplateShiftValues } from '@schichtbrett/db';
import type { TemplateShift } from '@schichtbrett/domain';

/** Rows as stored; a malformed `regular_ids` counts as no regulars rather than failing the import. */
export function templateShiftsOfRows(rows: readonly TemplateShiftRow[]): TemplateShift[] {
  return rows.map((row) => ({
    id: row.id,
    areaId: row.area_id,
    weekday: row.weekday,
    start: row.start_time,
    end: row.end_time,
    needed: row.needed,
    notes: row.notes,
    regularIds: parseRegularIds(row.regular_ids),
  }));
}

export interface TemplateRows {
  rows: TemplateShiftValues[];
  /** Template shifts left out: their area is not one of the center's (the table's foreign key). */
  unknownAreaShiftIds: string[];
}

/**
 * Rows for the projection. Ids are unique per table: a document may hold two shifts whose ids differ only
 * in the reference date (copies made on other weekdays), so a repeated id gets the weekday appended.
 */
export function rowsOfTemplate(template: readonly TemplateShift[], areaIds: ReadonlySet<string>): TemplateRows {
  const result: TemplateRows = { rows: [], unknownAreaShiftIds: [] };
  const used = new Set<string>();
  for (const shift of template) {
    if (!areaIds.has(shift.areaId)) {
      result.unknownAreaShiftIds.push(shift.id);
      continue;
    }
    let id = shift.id;
    for (let n = 1; used.has(id); n++)
      id = n === 1 ? `${shift.id}-${shift.weekday}` : `${shift.id}-${shift.weekday}-${n}`;
    used.add(id);
    result.rows.push({
      id,
      area_id: shift.areaId,
      weekday: shift.weekday,
      start_time: shift.start,
      end_time: shift.end,
      needed: shift.needed,
      notes: shift.notes,
      regular_ids: JSON.stringify(shift.regularIds),
    });
  }
  return result;
}

function parseRegularIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
