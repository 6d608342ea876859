/** The weekly pattern (Vorlage) and how a concrete week is made from it. */
import * as Y from 'yjs';
import { datesOfIsoWeek, type IsoWeek } from './iso-week';
import type { ShiftInput } from './shift';
import { addShift, assignPerson, initWeekDoc } from './week-doc';

export interface TemplateShift {
  id: string;
  areaId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: string;
  end: string;
  needed: number;
  notes: string;
  /** Regulars (Stammbesetzung): put on every generated shift. */
  regularIds: string[];
}

export interface PlannedShift {
  id: string;
  input: ShiftInput;
  regularIds: string[];
}

/** The shifts a week gets from the template; ids derive from template id and date, so regenerating is idempotent. */
export function planWeekFromTemplate(template: readonly TemplateShift[], week: IsoWeek): PlannedShift[] {
  const dates = datesOfIsoWeek(week);
  return template.flatMap((entry) => {
    const date = dates[entry.weekday - 1];
    if (!date) return [];
    const { areaId, start, end, needed, notes } = entry;
    return [
      { id: `${entry.id}@${date}`, input: { areaId, date, start, end, needed, notes }, regularIds: entry.regularIds },
    ];
  });
}

/** Fills a week document from the template in one transaction; shifts that already exist are kept. */
export function applyTemplate(
  doc: Y.Doc,
  options: { center: string; week: IsoWeek; template: readonly TemplateShift[]; now: number; origin: unknown },
): { added: number } {
  let added = 0;
  doc.transact(() => {
    initWeekDoc(doc, { center: options.center, week: options.week }, options.origin);
    for (const planned of planWeekFromTemplate(options.template, options.week)) {
      if (!addShift(doc, planned.id, planned.input, options.origin).ok) continue;
      added += 1;
      planned.regularIds.forEach((personId, index) => {
        assignPerson(doc, planned.id, personId, options.now + index, options.origin);
      });
    }
  }, options.origin);
  return { added };
}
