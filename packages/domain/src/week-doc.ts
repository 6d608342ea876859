/**
 * The week document: one Yjs document per center-week (room `week/<center>/<YYYY-Www>`).
 * Schema version 1, documented in docs/sync-protocol.md:
 *   meta:   Y.Map { schemaVersion: 1, center: string, week: "YYYY-Www" }
 *   shifts: Y.Map<shiftId, Y.Map { id, areaId, date, start, end, needed, notes, assignees }>
 *           assignees: Y.Map<personId, number>  (the value is when the person was put on, ms since epoch)
 * Assignees are a map, not an array, so two coordinators adding the same person concurrently merge
 * into one entry instead of two. Every write is one `doc.transact(fn, origin)`.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import { datesOfIsoWeek, formatIsoWeek, parseIsoWeek, type IsoWeek } from './iso-week';
import {
  compareShifts,
  problemsOf,
  shiftInputSchema,
  shiftPatchSchema,
  type Shift,
  type ShiftInput,
  type ShiftInputProblem,
  type ShiftPatch,
} from './shift';

export const WEEK_SCHEMA_VERSION = 1;

export interface WeekMeta {
  schemaVersion: number;
  center: string;
  week: string;
}

export interface WeekPlan {
  meta: WeekMeta | null;
  /** Sorted with `compareShifts`. */
  shifts: Shift[];
}

export type WeekEditResult =
  | { ok: true }
  | { ok: false; reason: 'invalid-input'; problems: ShiftInputProblem[] }
  | { ok: false; reason: 'shift-not-found' | 'already-assigned' | 'not-assigned' | 'shift-exists' };

type ShiftMap = Y.Map<unknown>;

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

function shiftsMap(doc: Y.Doc): Y.Map<ShiftMap> {
  return doc.getMap<ShiftMap>('shifts');
}

/** Writes the meta of a new week document; leaves an existing one as it is. */
export function initWeekDoc(doc: Y.Doc, week: { center: string; week: IsoWeek }, origin: unknown): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (meta.has('schemaVersion')) return;
    meta.set('schemaVersion', WEEK_SCHEMA_VERSION);
    meta.set('center', week.center);
    meta.set('week', formatIsoWeek(week.week));
  }, origin);
}

export function readMeta(doc: Y.Doc): WeekMeta | null {
  const meta = metaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  const center = meta.get('center');
  const week = meta.get('week');
  if (typeof schemaVersion !== 'number' || typeof center !== 'string' || typeof week !== 'string') return null;
  return { schemaVersion, center, week };
}

/** Reads one stored shift; null when the entry is not a well-formed shift (a peer may have sent anything). */
function readShiftMap(id: string, map: unknown): Shift | null {
  if (!(map instanceof Y.Map)) return null;
  const assignees = map.get('assignees');
  const fields = {
    areaId: map.get('areaId'),
    date: map.get('date'),
    start: map.get('start'),
    end: map.get('end'),
    needed: map.get('needed'),
    notes: map.get('notes') ?? '',
  };
  const parsed = v.safeParse(shiftInputSchema, fields);
  if (!parsed.success) return null;
  const assigned =
    assignees instanceof Y.Map
      ? [...assignees.entries()]
          .map(([personId, at]) => ({ personId, at: typeof at === 'number' ? at : 0 }))
          .sort((a, b) => a.at - b.at || a.personId.localeCompare(b.personId))
          .map((entry) => entry.personId)
      : [];
  return { id, ...parsed.output, assigned };
}

export function readShift(doc: Y.Doc, shiftId: string): Shift | null {
  return readShiftMap(shiftId, shiftsMap(doc).get(shiftId));
}

/** The whole week as plain data, sorted for display. Malformed entries are left out, not thrown on. */
export function readWeek(doc: Y.Doc): WeekPlan {
  const shifts: Shift[] = [];
  shiftsMap(doc).forEach((map, id) => {
    const shift = readShiftMap(id, map);
    if (shift) shifts.push(shift);
  });
  return { meta: readMeta(doc), shifts: shifts.sort(compareShifts) };
}

function dateInWeek(doc: Y.Doc, date: string): boolean {
  const meta = readMeta(doc);
  const week = meta ? parseIsoWeek(meta.week) : null;
  return week === null || datesOfIsoWeek(week).includes(date);
}

/** Adds a shift under a caller-chosen id (randomness stays at the edge). */
export function addShift(doc: Y.Doc, id: string, input: ShiftInput, origin: unknown): WeekEditResult {
  const parsed = v.safeParse(shiftInputSchema, input);
  if (!parsed.success) return { ok: false, reason: 'invalid-input', problems: problemsOf(parsed.issues) };
  if (!dateInWeek(doc, parsed.output.date))
    return { ok: false, reason: 'invalid-input', problems: ['date-outside-week'] };
  const shifts = shiftsMap(doc);
  if (shifts.has(id)) return { ok: false, reason: 'shift-exists' };
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('id', id);
    for (const [key, value] of Object.entries(parsed.output)) map.set(key, value);
    map.set('assignees', new Y.Map<number>());
    shifts.set(id, map);
  }, origin);
  return { ok: true };
}

/** Changes some fields of a shift; the merged result must still be a valid shift. */
export function updateShift(doc: Y.Doc, shiftId: string, patch: ShiftPatch, origin: unknown): WeekEditResult {
  const current = readShift(doc, shiftId);
  const map = shiftsMap(doc).get(shiftId);
  if (!current || !map) return { ok: false, reason: 'shift-not-found' };
  const parsedPatch = v.safeParse(shiftPatchSchema, patch);
  if (!parsedPatch.success) return { ok: false, reason: 'invalid-input', problems: problemsOf(parsedPatch.issues) };
  const { id: _id, assigned: _assigned, ...currentFields } = current;
  const merged = v.safeParse(shiftInputSchema, { ...currentFields, ...parsedPatch.output });
  if (!merged.success) return { ok: false, reason: 'invalid-input', problems: problemsOf(merged.issues) };
  if (!dateInWeek(doc, merged.output.date))
    return { ok: false, reason: 'invalid-input', problems: ['date-outside-week'] };
  doc.transact(() => {
    for (const [key, value] of Object.entries(parsedPatch.output)) {
      // Only write what changed, so a concurrent edit of another field is never overwritten.
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
  }, origin);
  return { ok: true };
}

export function removeShift(doc: Y.Doc, shiftId: string, origin: unknown): WeekEditResult {
  const shifts = shiftsMap(doc);
  if (!shifts.has(shiftId)) return { ok: false, reason: 'shift-not-found' };
  doc.transact(() => shifts.delete(shiftId), origin);
  return { ok: true };
}

function assigneesOf(doc: Y.Doc, shiftId: string): Y.Map<number> | null {
  const assignees = shiftsMap(doc).get(shiftId)?.get('assignees');
  return assignees instanceof Y.Map ? (assignees as Y.Map<number>) : null;
}

/** Puts a person on a shift; `at` orders the people on the card (pass the clock in). */
export function assignPerson(
  doc: Y.Doc,
  shiftId: string,
  personId: string,
  at: number,
  origin: unknown,
): WeekEditResult {
  const assignees = assigneesOf(doc, shiftId);
  if (!assignees) return { ok: false, reason: 'shift-not-found' };
  if (assignees.has(personId)) return { ok: false, reason: 'already-assigned' };
  doc.transact(() => assignees.set(personId, at), origin);
  return { ok: true };
}

export function unassignPerson(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): WeekEditResult {
  const assignees = assigneesOf(doc, shiftId);
  if (!assignees) return { ok: false, reason: 'shift-not-found' };
  if (!assignees.has(personId)) return { ok: false, reason: 'not-assigned' };
  doc.transact(() => assignees.delete(personId), origin);
  return { ok: true };
}
