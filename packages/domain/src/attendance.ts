/**
 * Attendance of a week (issue 6), kept in the week document so coordinators mark it together, live, before
 * they finalize: only deviations from the plan are stored (docs/sync-protocol.md, "Attendance"). Everyone
 * assigned without an entry was there as planned; a stand-in is someone who came though not planned.
 */
import * as Y from 'yjs';
import { absenceOn, type Absence } from './availability';
import { isTimeOfDay, type Shift } from './shift';

export const ATTENDANCE_STATUSES = ['present', 'no-show', 'stand-in'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * One stored deviation: `present` with real times (a planned person who came at other times) or without
 * (a planned person away that day who came after all, see `confirmPresent`),
 * `no-show` for a planned person who did not come, `stand-in` for an unplanned person who came.
 * Real times are "HH:MM" in the center's zone; absent means "as planned".
 */
export interface AttendanceMark {
  personId: string;
  status: AttendanceStatus;
  actualStart?: string;
  actualEnd?: string;
}

/** The real times of a person on a shift; null fields mean "as planned". */
export interface ActualTimes {
  start: string | null;
  end: string | null;
}

export type AttendanceEditResult =
  { ok: true } | { ok: false; reason: 'shift-not-found' | 'not-assigned' | 'already-assigned' | 'invalid-time' };

/** The stored value of one entry: a plain object, replaced as a whole (the last coordinator wins). */
interface StoredMark {
  status: AttendanceStatus;
  actualStart?: string;
  actualEnd?: string;
}

function shiftMapOf(doc: Y.Doc, shiftId: string): Y.Map<unknown> | null {
  const map = doc.getMap<unknown>('shifts').get(shiftId);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : null;
}

function isAssigned(shift: Y.Map<unknown>, personId: string): boolean {
  const assignees = shift.get('assignees');
  return assignees instanceof Y.Map && assignees.has(personId);
}

/** The attendance map of a stored shift, created on first use. */
function attendanceMapOf(shift: Y.Map<unknown>): Y.Map<StoredMark> {
  const existing = shift.get('attendance');
  if (existing instanceof Y.Map) return existing as Y.Map<StoredMark>;
  const created = new Y.Map<StoredMark>();
  shift.set('attendance', created);
  return created;
}

function storedMarkOf(value: unknown): StoredMark | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status, actualStart, actualEnd } = value as Record<string, unknown>;
  if (typeof status !== 'string' || !(ATTENDANCE_STATUSES as readonly string[]).includes(status)) return null;
  const mark: StoredMark = { status: status as AttendanceStatus };
  if (typeof actualStart === 'string' && isTimeOfDay(actualStart)) mark.actualStart = actualStart;
  if (typeof actualEnd === 'string' && isTimeOfDay(actualEnd)) mark.actualEnd = actualEnd;
  return mark;
}

/**
 * The marks of a stored shift that still mean something, by person id: a no-show or real times of someone
 * no longer assigned, and a stand-in entry of someone assigned meanwhile (they count as planned), are
 * stale and left out, so the board and the record never disagree with the plan.
 */
export function attendanceMarksOf(shift: unknown): AttendanceMark[] {
  if (!(shift instanceof Y.Map)) return [];
  const map = (shift as Y.Map<unknown>).get('attendance');
  if (!(map instanceof Y.Map)) return [];
  const marks: AttendanceMark[] = [];
  for (const [personId, value] of (map as Y.Map<unknown>).entries()) {
    const stored = storedMarkOf(value);
    if (!stored) continue;
    const planned = isAssigned(shift as Y.Map<unknown>, personId);
    if (stored.status === 'stand-in' ? planned : !planned) continue;
    marks.push({ personId, ...stored });
  }
  return marks.sort((a, b) => a.personId.localeCompare(b.personId));
}

function write(doc: Y.Doc, shift: Y.Map<unknown>, personId: string, mark: StoredMark | null, origin: unknown): void {
  doc.transact(() => {
    const map = attendanceMapOf(shift);
    if (mark === null) map.delete(personId);
    else map.set(personId, mark);
  }, origin);
}

function currentMark(shift: Y.Map<unknown>, personId: string): StoredMark | null {
  const map = shift.get('attendance');
  return map instanceof Y.Map ? storedMarkOf(map.get(personId)) : null;
}

/** Marks a planned person as not come ("nicht gekommen"); real times no longer apply. */
export function markNoShow(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if (!isAssigned(shift, personId)) return { ok: false, reason: 'not-assigned' };
  write(doc, shift, personId, { status: 'no-show' }, origin);
  return { ok: true };
}

/** Takes back a no-show: the planned person counts as present again, as planned. */
export function markPresent(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if (!isAssigned(shift, personId)) return { ok: false, reason: 'not-assigned' };
  write(doc, shift, personId, null, origin);
  return { ok: true };
}

/**
 * Says that a planned person came, although they were recorded as away that day: without this mark, finalize
 * proposes "nicht da (abwesend)" for them (`attendanceOf`). Real times stay as they were.
 */
export function confirmPresent(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if (!isAssigned(shift, personId)) return { ok: false, reason: 'not-assigned' };
  const current = currentMark(shift, personId);
  const times = current?.status === 'present' ? current : {};
  write(doc, shift, personId, { ...times, status: 'present' }, origin);
  return { ok: true };
}

/**
 * Whether a planned person was there, as finalizing will record it: marked not come; away that day (an
 * absence) and not confirmed present, which finalize records as not come ("nicht da (abwesend)"); or there.
 */
export function attendanceOf(
  shift: Pick<Shift, 'date' | 'attendance'>,
  personId: string,
  absences: readonly Absence[] = [],
): 'present' | 'no-show' | 'absent' {
  const mark = shift.attendance?.find((entry) => entry.personId === personId);
  if (mark?.status === 'no-show') return 'no-show';
  if (mark?.status === 'present') return 'present';
  return absenceOn(personId, shift.date, absences) ? 'absent' : 'present';
}

/** Adds someone who came though not planned ("eingesprungen"). */
export function addStandIn(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if (isAssigned(shift, personId)) return { ok: false, reason: 'already-assigned' };
  write(doc, shift, personId, { status: 'stand-in' }, origin);
  return { ok: true };
}

/** Removes a stand-in (added by mistake); a planned person is not touched. */
export function removeStandIn(doc: Y.Doc, shiftId: string, personId: string, origin: unknown): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if (isAssigned(shift, personId)) return { ok: false, reason: 'already-assigned' };
  write(doc, shift, personId, null, origin);
  return { ok: true };
}

/**
 * Sets the real times of a person who was there (planned or stand-in); a time equal to the plan, or null,
 * means "as planned" and is not stored. A no-show has no times: setting them counts them present.
 */
export function setActualTimes(
  doc: Y.Doc,
  shiftId: string,
  personId: string,
  times: ActualTimes,
  origin: unknown,
): AttendanceEditResult {
  const shift = shiftMapOf(doc, shiftId);
  if (!shift) return { ok: false, reason: 'shift-not-found' };
  if ((times.start !== null && !isTimeOfDay(times.start)) || (times.end !== null && !isTimeOfDay(times.end)))
    return { ok: false, reason: 'invalid-time' };
  const planned = isAssigned(shift, personId);
  const current = currentMark(shift, personId);
  if (!planned && current?.status !== 'stand-in') return { ok: false, reason: 'not-assigned' };
  const start = times.start !== null && times.start !== shift.get('start') ? times.start : null;
  const end = times.end !== null && times.end !== shift.get('end') ? times.end : null;
  const status: AttendanceStatus = planned ? 'present' : 'stand-in';
  const mark: StoredMark = { status, ...(start ? { actualStart: start } : {}), ...(end ? { actualEnd: end } : {}) };
  write(doc, shift, personId, status === 'present' && !start && !end ? null : mark, origin);
  return { ok: true };
}

/** One row of the record: a person on a shift and whether they came, with real times when they differed. */
export interface AttendanceRecordRow {
  shiftId: string;
  personId: string;
  status: AttendanceStatus;
  actualStart: string | null;
  actualEnd: string | null;
}

export interface ShiftRecordRow {
  id: string;
  areaId: string;
  date: string;
  start: string;
  end: string;
  needed: number;
  cancelled: string | null;
}

export interface WeekRecord {
  shifts: ShiftRecordRow[];
  attendance: AttendanceRecordRow[];
}

/**
 * The record rows a week's shifts yield at finalize: every shift, and per shift everyone assigned (present
 * unless marked a no-show, or away that day per `absences` and not confirmed present: see `attendanceOf`)
 * plus its stand-ins. A called-off shift keeps its row (with the reason) but has no attendance: nobody
 * worked it.
 */
export function recordOf(shifts: readonly Shift[], absences: readonly Absence[] = []): WeekRecord {
  const record: WeekRecord = { shifts: [], attendance: [] };
  for (const shift of shifts) {
    record.shifts.push({
      id: shift.id,
      areaId: shift.areaId,
      date: shift.date,
      start: shift.start,
      end: shift.end,
      needed: shift.needed,
      cancelled: shift.cancelled ?? null,
    });
    if (shift.cancelled !== undefined) continue;
    const marks = new Map((shift.attendance ?? []).map((mark) => [mark.personId, mark]));
    const row = (personId: string, status: AttendanceStatus): AttendanceRecordRow => {
      const mark = marks.get(personId);
      const came = status !== 'no-show';
      return {
        shiftId: shift.id,
        personId,
        status,
        actualStart: came ? (mark?.actualStart ?? null) : null,
        actualEnd: came ? (mark?.actualEnd ?? null) : null,
      };
    };
    for (const personId of shift.assigned)
      record.attendance.push(
        row(personId, attendanceOf(shift, personId, absences) === 'present' ? 'present' : 'no-show'),
      );
    for (const mark of marks.values())
      if (mark.status === 'stand-in') record.attendance.push(row(mark.personId, 'stand-in'));
  }
  return record;
}
