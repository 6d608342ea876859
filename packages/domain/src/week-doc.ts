/**
 * The week document: one Yjs document per center-week (room `week/<center>/<YYYY-Www>`).
 * Schema version 1, documented in docs/sync-protocol.md:
 *   meta:   Y.Map { schemaVersion: 1, center: string, week: "YYYY-Www", kind?: "template",
 *                   status?: "draft" | "published" | "finalized", finalizedAt?: ISO string, finalizedBy?: name,
 *                   holidays?: Y.Map<date, name>, closedDays?: Y.Map<date, reason> }
 *   shifts: Y.Map<shiftId, Y.Map { id, areaId, date, start, end, needed, notes, assignees, cancelled? }>
 *           assignees: Y.Map<personId, number>  (the value is when the person was put on, ms since epoch)
 *           cancelled: string, the reason, while the shift is called off (its day was closed)
 *           standIn?: Y.Map<personId, number>  (assigned people seeking a stand-in → since when, ms;
 *                     written by the server's stand-in commands only; an entry older than the person's
 *                     assignment, or of someone no longer assigned, is stale and read as absent)
 *           attendance?: Y.Map<personId, { status: "present" | "no-show" | "stand-in", actualStart?, actualEnd? }>
 *                     (coordinators only; deviations from the plan, see attendance.ts: no entry = came as
 *                     planned, "stand-in" = came though not planned, "present" = planned, other real times)
 * The lifecycle fields were added without a version bump: a document without `status` predates drafts
 * and was visible to everyone, so it reads as published.
 * A finalized week is the record (issue 6): only the server's finalize and reopen commands set or clear
 * "finalized" and its `finalizedAt`/`finalizedBy`, and the server refuses every client write meanwhile.
 * Assignees are a map, not an array, so two coordinators adding the same person concurrently merge
 * into one entry instead of two. Every write is one `doc.transact(fn, origin)`.
 */
import * as v from 'valibot';
import * as Y from 'yjs';
import { attendanceMarksOf } from './attendance';
import { datesOfIsoWeek, formatIsoWeek, parseIsoWeek, type IsoWeek, type LocalDate } from './iso-week';
import {
  compareShifts,
  problemsOf,
  shiftInputSchema,
  shiftPatchSchema,
  storedShiftSchema,
  type Shift,
  type ShiftInput,
  type ShiftInputProblem,
  type ShiftPatch,
  type StandInRequest,
} from './shift';
import { isShiftKey } from './shift-key';
import type { RoomKind, WeekStatus } from './sync-contract';

export const WEEK_SCHEMA_VERSION = 1;

export interface WeekMeta {
  schemaVersion: number;
  center: string;
  week: string;
  /** A template document (Vorlage) shares the week schema; see template-doc.ts. */
  kind: RoomKind;
  /** Drafts are for coordinators only; the server keeps everyone else out of them. */
  status: WeekStatus;
  /** Public holidays of the center's state in this week, date → name (written by the server). */
  holidays: Record<LocalDate, string>;
  /** Days a coordinator closed (Betriebsausflug, Krankheitswelle), date → reason. */
  closedDays: Record<LocalDate, string>;
  /** While finalized: when (ISO 8601) and by whom (the name as the board shows it). */
  finalized?: { at: string; by: string };
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

/** Writes the meta of a new week document (a draft); leaves an existing one as it is. */
export function initWeekDoc(
  doc: Y.Doc,
  week: { center: string; week: IsoWeek },
  origin: unknown,
  options: { kind?: RoomKind; status?: WeekStatus } = {},
): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    if (meta.has('schemaVersion')) return;
    meta.set('schemaVersion', WEEK_SCHEMA_VERSION);
    meta.set('center', week.center);
    meta.set('week', formatIsoWeek(week.week));
    if (options.kind === 'template') meta.set('kind', 'template');
    meta.set('status', options.status ?? 'draft');
  }, origin);
}

function stringRecordOf(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (value instanceof Y.Map) {
    value.forEach((text: unknown, key: string) => {
      if (typeof text === 'string') record[key] = text;
    });
  }
  return record;
}

export function readMeta(doc: Y.Doc): WeekMeta | null {
  const meta = metaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  const center = meta.get('center');
  const week = meta.get('week');
  if (typeof schemaVersion !== 'number' || typeof center !== 'string' || typeof week !== 'string') return null;
  return {
    schemaVersion,
    center,
    week,
    kind: meta.get('kind') === 'template' ? 'template' : 'week',
    status: statusOf(meta.get('status')),
    holidays: stringRecordOf(meta.get('holidays')),
    closedDays: stringRecordOf(meta.get('closedDays')),
    ...finalizedOf(meta),
  };
}

/** Anything but the two other statuses reads as published (documents from before drafts had none). */
function statusOf(value: unknown): WeekStatus {
  return value === 'draft' || value === 'finalized' ? value : 'published';
}

function finalizedOf(meta: Y.Map<unknown>): Pick<WeekMeta, 'finalized'> {
  const at = meta.get('finalizedAt');
  const by = meta.get('finalizedBy');
  if (meta.get('status') !== 'finalized' || typeof at !== 'string') return {};
  return { finalized: { at, by: typeof by === 'string' ? by : '' } };
}

/** The week's lifecycle status; a document without meta (not yet synced) counts as a draft. */
export function weekStatusOf(doc: Y.Doc): WeekStatus {
  return readMeta(doc)?.status ?? 'draft';
}

/** Sets a draft or published status; finalizing goes through `finalizeWeekDoc`, which says when and by whom. */
export function setWeekStatus(doc: Y.Doc, status: Exclude<WeekStatus, 'finalized'>, origin: unknown): void {
  const meta = metaMap(doc);
  if (meta.get('status') === status) return;
  doc.transact(() => {
    meta.set('status', status);
    meta.delete('finalizedAt');
    meta.delete('finalizedBy');
  }, origin);
}

/** Marks the week finalized (the server's finalize command), with when and by whom for the banner. */
export function finalizeWeekDoc(doc: Y.Doc, finalized: { at: string; by: string }, origin: unknown): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set('status', 'finalized');
    meta.set('finalizedAt', finalized.at);
    meta.set('finalizedBy', finalized.by);
  }, origin);
}

/** A nested string map of meta, created on first use. */
function metaRecord(doc: Y.Doc, key: 'holidays' | 'closedDays'): Y.Map<string> {
  const meta = metaMap(doc);
  const existing = meta.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<string>;
  const created = new Y.Map<string>();
  meta.set(key, created);
  return created;
}

/** Stores the week's public holidays; writes only what differs, so repeating it changes nothing. */
export function setHolidays(doc: Y.Doc, holidays: Readonly<Record<LocalDate, string>>, origin: unknown): void {
  const current = readMeta(doc)?.holidays ?? {};
  const same =
    Object.keys(current).length === Object.keys(holidays).length &&
    Object.entries(holidays).every(([date, name]) => current[date] === name);
  if (same) return;
  doc.transact(() => {
    const map = metaRecord(doc, 'holidays');
    for (const date of [...map.keys()]) if (!(date in holidays)) map.delete(date);
    for (const [date, name] of Object.entries(holidays)) if (map.get(date) !== name) map.set(date, name);
  }, origin);
}

export interface DayClosing {
  /** Shifts of the day that were called off by this closing. */
  cancelledShiftIds: string[];
  /** People on those shifts, each once: the ones to tell (notifications hook). */
  affectedPersonIds: string[];
}

/**
 * Closes a day: it is marked closed with its reason and every shift on it is called off (kept, visibly,
 * with its people, so reopening the day restores it). Closing a closed day again changes only the reason.
 */
export function closeDay(doc: Y.Doc, date: LocalDate, reason: string, origin: unknown): DayClosing {
  const closing: DayClosing = { cancelledShiftIds: [], affectedPersonIds: [] };
  const people = new Set<string>();
  doc.transact(() => {
    metaRecord(doc, 'closedDays').set(date, reason);
    shiftsMap(doc).forEach((map, id) => {
      if (!(map instanceof Y.Map) || map.get('date') !== date) return;
      if (map.get('cancelled') !== reason) map.set('cancelled', reason);
      closing.cancelledShiftIds.push(id);
      const assignees = map.get('assignees');
      if (assignees instanceof Y.Map) for (const personId of assignees.keys()) people.add(personId);
    });
  }, origin);
  closing.cancelledShiftIds.sort();
  closing.affectedPersonIds = [...people].sort();
  return closing;
}

/** Opens a closed day again: its shifts take place again, with the people they had. */
export function reopenDay(doc: Y.Doc, date: LocalDate, origin: unknown): void {
  doc.transact(() => {
    const closed = metaMap(doc).get('closedDays');
    if (closed instanceof Y.Map) closed.delete(date);
    shiftsMap(doc).forEach((map) => {
      if (map instanceof Y.Map && map.get('date') === date && map.has('cancelled')) map.delete('cancelled');
    });
  }, origin);
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
  const parsed = v.safeParse(storedShiftSchema, fields);
  if (!parsed.success) return null;
  const assigned =
    assignees instanceof Y.Map
      ? [...assignees.entries()]
          .map(([personId, at]) => ({ personId, at: typeof at === 'number' ? at : 0 }))
          .sort((a, b) => a.at - b.at || a.personId.localeCompare(b.personId))
          .map((entry) => entry.personId)
      : [];
  const cancelled = map.get('cancelled');
  const standIn = standInRequestsOf(map);
  const attendance = attendanceMarksOf(map);
  return {
    id,
    ...parsed.output,
    assigned,
    ...(typeof cancelled === 'string' ? { cancelled } : {}),
    ...(standIn.length > 0 ? { standIn } : {}),
    ...(attendance.length > 0 ? { attendance } : {}),
  };
}

/**
 * The live stand-in requests of a stored shift, longest waiting first. A request counts only while its
 * person is assigned and was assigned no later than they asked: a board edit that takes someone off
 * leaves the entry behind (team leads may not touch it), and putting them on again must not revive it.
 */
function standInRequestsOf(map: Y.Map<unknown>): StandInRequest[] {
  const standIn = map.get('standIn');
  const assignees = map.get('assignees');
  if (!(standIn instanceof Y.Map) || !(assignees instanceof Y.Map)) return [];
  const requests: StandInRequest[] = [];
  for (const [personId, since] of standIn.entries()) {
    const assignedAt: unknown = assignees.get(personId);
    if (typeof since !== 'number' || typeof assignedAt !== 'number' || assignedAt > since) continue;
    requests.push({ personId, since });
  }
  return requests.sort((a, b) => a.since - b.since || a.personId.localeCompare(b.personId));
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

/**
 * Gives every shift that lacks one its (empty) attendance map; the server runs it when a room loads, so
 * shifts created before attendance existed get theirs from one writer. Changes nothing when all have one.
 */
export function ensureAttendanceMaps(doc: Y.Doc, origin: unknown): void {
  const missing = [...shiftsMap(doc).values()].filter(
    (map) => map instanceof Y.Map && !(map.get('attendance') instanceof Y.Map),
  );
  if (missing.length === 0) return;
  doc.transact(() => {
    for (const map of missing) map.set('attendance', new Y.Map<unknown>());
  }, origin);
}

/** Adds a shift under a caller-chosen id (randomness stays at the edge) of the form `isShiftKey` wants. */
export function addShift(doc: Y.Doc, id: string, input: ShiftInput, origin: unknown): WeekEditResult {
  if (!isShiftKey(id)) return { ok: false, reason: 'invalid-input', problems: ['invalid'] };
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
    // Created with the shift, not on first use: two coordinators marking attendance at once must write
    // into the same map, not each into their own new one (one of which would win whole).
    map.set('attendance', new Y.Map<unknown>());
    shifts.set(id, map);
  }, origin);
  return { ok: true };
}

/**
 * Changes some fields of a shift; the merged result must still be a valid shift. Only the patch has to
 * follow the text rule: notes stored before it existed do not block an edit of the time.
 */
export function updateShift(doc: Y.Doc, shiftId: string, patch: ShiftPatch, origin: unknown): WeekEditResult {
  const current = readShift(doc, shiftId);
  const map = shiftsMap(doc).get(shiftId);
  if (!current || !map) return { ok: false, reason: 'shift-not-found' };
  const parsedPatch = v.safeParse(shiftPatchSchema, patch);
  if (!parsedPatch.success) return { ok: false, reason: 'invalid-input', problems: problemsOf(parsedPatch.issues) };
  const { id: _id, assigned: _assigned, ...currentFields } = current;
  const merged = v.safeParse(storedShiftSchema, { ...currentFields, ...parsedPatch.output });
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

/** The stand-in map of a shift, created on first use; null when there is no such shift. */
function standInMapOf(doc: Y.Doc, shiftId: string): Y.Map<number> | null {
  const shift = shiftsMap(doc).get(shiftId);
  if (!(shift instanceof Y.Map)) return null;
  const existing = shift.get('standIn');
  if (existing instanceof Y.Map) return existing as Y.Map<number>;
  const created = new Y.Map<number>();
  shift.set('standIn', created);
  return created;
}

/** Records that an assigned person looks for a stand-in since `since` (server commands only). */
export function askForStandIn(
  doc: Y.Doc,
  shiftId: string,
  personId: string,
  since: number,
  origin: unknown,
): WeekEditResult {
  const assignees = assigneesOf(doc, shiftId);
  if (!assignees) return { ok: false, reason: 'shift-not-found' };
  if (!assignees.has(personId)) return { ok: false, reason: 'not-assigned' };
  doc.transact(() => standInMapOf(doc, shiftId)?.set(personId, since), origin);
  return { ok: true };
}

/** Ends a person's search for a stand-in; they stay on the shift. Nothing to end is not an error. */
export function withdrawStandIn(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): WeekEditResult {
  const shift = shiftsMap(doc).get(shiftId);
  if (!(shift instanceof Y.Map)) return { ok: false, reason: 'shift-not-found' };
  const standIn = shift.get('standIn');
  if (standIn instanceof Y.Map && standIn.has(personId)) doc.transact(() => standIn.delete(personId), origin);
  return { ok: true };
}

/**
 * The stand-in takes the asker's place in one transaction: the asker is taken off, their request
 * cleared and the taker put on at `at`. No reader ever sees both or neither on the shift.
 */
export function takeOverPlace(
  doc: Y.Doc,
  shiftId: string,
  change: { askerId: string; takerId: string },
  at: number,
  origin: unknown,
): WeekEditResult {
  const assignees = assigneesOf(doc, shiftId);
  if (!assignees) return { ok: false, reason: 'shift-not-found' };
  if (!assignees.has(change.askerId)) return { ok: false, reason: 'not-assigned' };
  if (assignees.has(change.takerId)) return { ok: false, reason: 'already-assigned' };
  doc.transact(() => {
    assignees.delete(change.askerId);
    standInMapOf(doc, shiftId)?.delete(change.askerId);
    assignees.set(change.takerId, at);
  }, origin);
  return { ok: true };
}

/** Copies a shift's fields (not its people, not a cancellation) into a new shift on the same day. */
export function duplicateShift(doc: Y.Doc, shiftId: string, newId: string, origin: unknown): WeekEditResult {
  const shift = readShift(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  const { areaId, date, start, end, needed, notes } = shift;
  return addShift(doc, newId, { areaId, date, start, end, needed, notes }, origin);
}

/** Moves a person from one shift to another in one transaction, so one undo puts them back. */
export function moveAssignment(
  doc: Y.Doc,
  move: { fromShiftId: string; toShiftId: string; personId: string },
  at: number,
  origin: unknown,
): WeekEditResult {
  const from = assigneesOf(doc, move.fromShiftId);
  const to = assigneesOf(doc, move.toShiftId);
  if (!from || !to) return { ok: false, reason: 'shift-not-found' };
  if (!from.has(move.personId)) return { ok: false, reason: 'not-assigned' };
  if (to.has(move.personId)) return { ok: false, reason: 'already-assigned' };
  doc.transact(() => {
    from.delete(move.personId);
    to.set(move.personId, at);
  }, origin);
  return { ok: true };
}

/** Sets the needed count (Soll) of several shifts at once, in one transaction; all or none. */
export function setNeededOf(doc: Y.Doc, shiftIds: readonly string[], needed: number, origin: unknown): WeekEditResult {
  const parsed = v.safeParse(shiftPatchSchema, { needed });
  if (!parsed.success) return { ok: false, reason: 'invalid-input', problems: problemsOf(parsed.issues) };
  const maps = shiftIds.map((id) => shiftsMap(doc).get(id));
  if (maps.some((map) => !(map instanceof Y.Map))) return { ok: false, reason: 'shift-not-found' };
  doc.transact(() => {
    for (const map of maps) if (map && map.get('needed') !== needed) map.set('needed', needed);
  }, origin);
  return { ok: true };
}

/**
 * Undo and redo of one user's own changes: only transactions with `origin` are tracked, so undoing never
 * takes back what another coordinator did meanwhile. `captureTimeout` merges quick successive edits.
 */
export function createUndoManager(doc: Y.Doc, origin: unknown, captureTimeout = 500): Y.UndoManager {
  return new Y.UndoManager([shiftsMap(doc), metaMap(doc)], { trackedOrigins: new Set([origin]), captureTimeout });
}
