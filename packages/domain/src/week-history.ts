/**
 * The audit trail of a week (issue 6, ADR 0019): replays the attributed update log of a week document in
 * order and says what each step changed, as typed events ("shift created", "person assigned", …) that
 * a page puts into words. Pure: no database, no clock; the caller passes the logged rows.
 *
 * Each step re-reads only the shifts its update touched (found with observeDeep), so replaying the few
 * thousand updates of a busy week stays fast.
 */
import * as Y from 'yjs';
import type { AttendanceMark, AttendanceStatus } from './attendance';
import type { LocalDate } from './iso-week';
import type { Shift } from './shift';
import { readShift } from './week-doc';

/** One row of the trail; 'baseline' rows hold what was stored before the trail began and are not told. */
export interface HistoryRow {
  /** ISO instant the update was stored. */
  at: string;
  via: 'socket' | 'server' | 'baseline';
  personId: string | null;
  personName: string | null;
  data: Uint8Array;
}

/** Who did it: null when the server acted on its own (e.g. preparing a new week). */
export interface HistoryActor {
  personId: string;
  name: string;
}

/** A shift as the trail names it: where and when (ids; the caller looks up names). */
export interface ShiftRef {
  id: string;
  areaId: string;
  date: LocalDate;
  start: string;
  end: string;
}

export interface Span<T> {
  from: T;
  to: T;
}

export type HistoryChange =
  | { kind: 'shift-created'; shift: ShiftRef; needed: number }
  | { kind: 'shift-deleted'; shift: ShiftRef }
  | {
      kind: 'shift-changed';
      /** The shift as it is after the change. */
      shift: ShiftRef;
      time?: Span<{ date: LocalDate; start: string; end: string }>;
      area?: Span<string>;
      needed?: Span<number>;
      notes?: Span<string>;
    }
  | { kind: 'person-assigned'; shift: ShiftRef; personId: string }
  | { kind: 'person-removed'; shift: ShiftRef; personId: string }
  | { kind: 'person-moved'; from: ShiftRef; shift: ShiftRef; personId: string }
  | { kind: 'stand-in-asked'; shift: ShiftRef; personId: string }
  | { kind: 'stand-in-withdrawn'; shift: ShiftRef; personId: string }
  | { kind: 'stand-in-taken'; shift: ShiftRef; personId: string; forPersonId: string }
  /** Attendance recorded for finalizing: a no-show, a stand-in who came, or real times (null: as planned). */
  | {
      kind: 'attendance-marked';
      shift: ShiftRef;
      personId: string;
      status: AttendanceStatus;
      actualStart: string | null;
      actualEnd: string | null;
    }
  | { kind: 'attendance-cleared'; shift: ShiftRef; personId: string }
  | { kind: 'day-closed'; date: LocalDate; reason: string }
  | { kind: 'day-reopened'; date: LocalDate }
  | { kind: 'week-published' }
  | { kind: 'week-unpublished' }
  | { kind: 'week-finalized' }
  | { kind: 'week-reopened'; reason: string | null };

export type HistoryEvent = HistoryChange & { at: string; actor: HistoryActor | null };

export type HistoryKind = HistoryChange['kind'];

/** Consecutive edits of one person on one shift within this window read as one change. */
export const HISTORY_GROUP_WINDOW_MS = 2 * 60 * 1000;

interface MetaState {
  status: string | null;
  closedDays: Map<string, string>;
}

/** The events of the trail, oldest first, rapid consecutive edits of one shift grouped. */
export function describeWeekHistory(rows: readonly HistoryRow[]): HistoryEvent[] {
  const doc = new Y.Doc();
  const shifts = doc.getMap('shifts');
  const touched = new Set<string>();
  shifts.observeDeep((events) => {
    for (const event of events) {
      if (event.target === shifts && event instanceof Y.YMapEvent)
        for (const key of event.keysChanged) touched.add(key);
      else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
    }
  });
  const known = new Map<string, Shift>();
  let meta = readMetaState(doc);
  const events: HistoryEvent[] = [];
  try {
    for (const row of rows) {
      touched.clear();
      Y.applyUpdate(doc, row.data);
      const before = new Map<string, Shift | null>();
      for (const id of touched) {
        before.set(id, known.get(id) ?? null);
        const now = readShift(doc, id);
        if (now) known.set(id, now);
        else known.delete(id);
      }
      const metaNow = readMetaState(doc);
      if (row.via !== 'baseline') {
        const actor = row.personId ? { personId: row.personId, name: row.personName ?? '?' } : null;
        const changes = [...metaChanges(meta, metaNow), ...shiftChanges(before, known)];
        for (const change of changes) events.push({ ...change, at: row.at, actor });
      }
      meta = metaNow;
    }
  } finally {
    doc.destroy();
  }
  return groupRapidEdits(events);
}

function readMetaState(doc: Y.Doc): MetaState {
  const meta = doc.getMap('meta');
  const status = meta.get('status');
  const closed = meta.get('closedDays');
  const closedDays = new Map<string, string>();
  if (closed instanceof Y.Map) {
    for (const [date, reason] of closed.entries()) if (typeof reason === 'string') closedDays.set(date, reason);
  }
  return { status: typeof status === 'string' ? status : null, closedDays };
}

function metaChanges(before: MetaState, after: MetaState): HistoryChange[] {
  const changes: HistoryChange[] = [];
  if (before.status !== after.status && after.status !== null) {
    // The first status a new week gets (draft) is part of creating it, not a change worth telling.
    if (before.status === 'finalized') changes.push({ kind: 'week-reopened', reason: null });
    if (after.status === 'finalized') changes.push({ kind: 'week-finalized' });
    else if (after.status === 'published') changes.push({ kind: 'week-published' });
    else if (after.status === 'draft' && before.status === 'published') changes.push({ kind: 'week-unpublished' });
  }
  for (const [date, reason] of after.closedDays) {
    if (before.closedDays.get(date) !== reason) changes.push({ kind: 'day-closed', date, reason });
  }
  for (const date of before.closedDays.keys()) {
    if (!after.closedDays.has(date)) changes.push({ kind: 'day-reopened', date });
  }
  return changes;
}

export function shiftRefOf(shift: Shift): ShiftRef {
  return { id: shift.id, areaId: shift.areaId, date: shift.date, start: shift.start, end: shift.end };
}

function standInsOf(shift: Shift | null): Set<string> {
  return new Set((shift?.standIn ?? []).map((request) => request.personId));
}

function shiftChanges(before: ReadonlyMap<string, Shift | null>, after: ReadonlyMap<string, Shift>): HistoryChange[] {
  const changes: HistoryChange[] = [];
  const added: { shift: ShiftRef; personId: string }[] = [];
  const removed: { shift: ShiftRef; personId: string }[] = [];
  for (const [id, old] of before) {
    const now = after.get(id) ?? null;
    if (!old && now) changes.push({ kind: 'shift-created', shift: shiftRefOf(now), needed: now.needed });
    if (old && !now) changes.push({ kind: 'shift-deleted', shift: shiftRefOf(old) });
    if (!old || !now) continue;
    const edit = fieldChanges(old, now);
    if (edit) changes.push(edit);
    const ref = shiftRefOf(now);
    const oldPeople = new Set(old.assigned);
    const nowPeople = new Set(now.assigned);
    const gone = old.assigned.filter((p) => !nowPeople.has(p));
    const come = now.assigned.filter((p) => !oldPeople.has(p));
    const oldStandIns = standInsOf(old);
    // A place taken over: one asking for a stand-in leaves as another comes, in the same step.
    const takenFor = gone.filter((p) => oldStandIns.has(p));
    for (const personId of come) {
      const forPersonId = takenFor.shift();
      if (forPersonId) {
        changes.push({ kind: 'stand-in-taken', shift: ref, personId, forPersonId });
        gone.splice(gone.indexOf(forPersonId), 1);
      } else added.push({ shift: ref, personId });
    }
    for (const personId of gone) removed.push({ shift: ref, personId });
    const nowStandIns = standInsOf(now);
    for (const personId of nowStandIns) {
      if (!oldStandIns.has(personId)) changes.push({ kind: 'stand-in-asked', shift: ref, personId });
    }
    for (const personId of oldStandIns) {
      // Leaving the shift ends the request too; that is told as the leaving.
      if (!nowStandIns.has(personId) && nowPeople.has(personId)) {
        changes.push({ kind: 'stand-in-withdrawn', shift: ref, personId });
      }
    }
    changes.push(...attendanceChanges(ref, old, now));
  }
  // Off one shift and onto another in the same step: a move (drag and drop on the board).
  for (const gone of removed) {
    const index = added.findIndex((come) => come.personId === gone.personId);
    const [onto] = index >= 0 ? added.splice(index, 1) : [];
    if (onto) changes.push({ kind: 'person-moved', from: gone.shift, shift: onto.shift, personId: gone.personId });
    else changes.push({ kind: 'person-removed', ...gone });
  }
  for (const come of added) changes.push({ kind: 'person-assigned', ...come });
  return changes;
}

function marksOf(shift: Shift): Map<string, AttendanceMark> {
  return new Map((shift.attendance ?? []).map((mark) => [mark.personId, mark]));
}

function attendanceChanges(ref: ShiftRef, old: Shift, now: Shift): HistoryChange[] {
  const changes: HistoryChange[] = [];
  const before = marksOf(old);
  const after = marksOf(now);
  for (const [personId, mark] of after) {
    const was = before.get(personId);
    const same =
      was && was.status === mark.status && was.actualStart === mark.actualStart && was.actualEnd === mark.actualEnd;
    if (same) continue;
    changes.push({
      kind: 'attendance-marked',
      shift: ref,
      personId,
      status: mark.status,
      actualStart: mark.actualStart ?? null,
      actualEnd: mark.actualEnd ?? null,
    });
  }
  for (const personId of before.keys()) {
    if (!after.has(personId)) changes.push({ kind: 'attendance-cleared', shift: ref, personId });
  }
  return changes;
}

function fieldChanges(old: Shift, now: Shift): HistoryChange | null {
  const change: Extract<HistoryChange, { kind: 'shift-changed' }> = { kind: 'shift-changed', shift: shiftRefOf(now) };
  if (old.date !== now.date || old.start !== now.start || old.end !== now.end) {
    change.time = {
      from: { date: old.date, start: old.start, end: old.end },
      to: { date: now.date, start: now.start, end: now.end },
    };
  }
  if (old.areaId !== now.areaId) change.area = { from: old.areaId, to: now.areaId };
  if (old.needed !== now.needed) change.needed = { from: old.needed, to: now.needed };
  if (old.notes !== now.notes) change.notes = { from: old.notes, to: now.notes };
  return change.time || change.area || change.needed || change.notes ? change : null;
}

type ShiftChanged = Extract<HistoryEvent, { kind: 'shift-changed' }>;
type ShiftCreated = Extract<HistoryEvent, { kind: 'shift-created' }>;

/**
 * Typing a note or nudging a time sends many small updates; told one by one they bury the trail. An edit
 * of a shift folds into the previous event on that shift when the same person made it moments before:
 * into its creation (which then shows the final values) or into their previous edit (first "from", last
 * "to"). Anything someone else did on the shift in between keeps them apart.
 */
function groupRapidEdits(events: readonly HistoryEvent[]): HistoryEvent[] {
  const grouped: HistoryEvent[] = [];
  const lastOnShift = new Map<string, number>();
  for (const event of events) {
    const shiftId = 'shift' in event ? event.shift.id : null;
    const previousIndex = shiftId === null ? undefined : lastOnShift.get(shiftId);
    const previous = previousIndex === undefined ? undefined : grouped[previousIndex];
    if (event.kind === 'shift-changed' && previous && previousIndex !== undefined && sameActorSoon(previous, event)) {
      if (previous.kind === 'shift-created') {
        grouped[previousIndex] = foldIntoCreated(previous, event);
        continue;
      }
      if (previous.kind === 'shift-changed') {
        grouped[previousIndex] = foldEdits(previous, event);
        continue;
      }
    }
    if (shiftId !== null) lastOnShift.set(shiftId, grouped.length);
    if (event.kind === 'person-moved') lastOnShift.set(event.from.id, grouped.length);
    grouped.push(event);
  }
  return grouped;
}

function sameActorSoon(previous: HistoryEvent, next: HistoryEvent): boolean {
  if (previous.actor?.personId !== next.actor?.personId) return false;
  return Date.parse(next.at) - Date.parse(previous.at) <= HISTORY_GROUP_WINDOW_MS;
}

function foldIntoCreated(created: ShiftCreated, edit: ShiftChanged): ShiftCreated {
  return { ...created, at: edit.at, shift: edit.shift, needed: edit.needed?.to ?? created.needed };
}

function foldEdits(first: ShiftChanged, next: ShiftChanged): HistoryEvent {
  const merged: ShiftChanged = { ...first, at: next.at, shift: next.shift };
  for (const key of ['time', 'area', 'needed', 'notes'] as const) {
    const a = first[key] as Span<unknown> | undefined;
    const b = next[key] as Span<unknown> | undefined;
    if (!b) continue;
    const span = { from: a ? a.from : b.from, to: b.to };
    (merged as Record<string, unknown>)[key] = span;
  }
  return merged;
}

/**
 * Gives each reopening its reason from the reopenings table (who, when, why): the reopening recorded at
 * or just before the status change, which the command writes in the same request.
 */
export function withReopenReasons(
  events: readonly HistoryEvent[],
  reopenings: readonly { at: string; reason: string }[],
): HistoryEvent[] {
  const sorted = [...reopenings].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return events.map((event) => {
    if (event.kind !== 'week-reopened' || event.reason !== null) return event;
    const at = Date.parse(event.at);
    const match = sorted.filter((r) => Math.abs(Date.parse(r.at) - at) <= HISTORY_GROUP_WINDOW_MS).at(-1);
    return match ? { ...event, reason: match.reason } : event;
  });
}

/** GET /api/centers/:center/weeks/:week/history: events newest first, with the names the ids stand for. */
export interface WeekHistoryResponse {
  week: string;
  events: HistoryEvent[];
  /** Events of the week in all; more than `events` holds when a limit cut the list. */
  total: number;
  /** Person id → display name ("Anna K."), for everyone the events name. */
  people: Record<string, string>;
  /** Area id → name. */
  areas: Record<string, string>;
}

/** The people an event list names (actors aside, whose names the trail keeps): for looking up names. */
export function peopleNamedIn(events: readonly HistoryEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if ('personId' in event) ids.add(event.personId);
    if ('forPersonId' in event) ids.add(event.forPersonId);
  }
  return ids;
}
