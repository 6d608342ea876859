import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addStandIn,
  attendanceOf,
  confirmPresent,
  markNoShow,
  markPresent,
  recordOf,
  removeStandIn,
  setActualTimes,
} from './attendance';
import type { ShiftInput } from './shift';
import { addShift, assignPerson, closeDay, initWeekDoc, readShift, readWeek, unassignPerson } from './week-doc';

const week = { center: 'demo', week: { year: 2026, week: 48 } };
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };

/** A week with Anna and Ben on the café shift. */
function staffedDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWeekDoc(doc, week, 'test');
  addShift(doc, 'c1', cafe, 'test');
  assignPerson(doc, 'c1', 'anna', 1, 'test');
  assignPerson(doc, 'c1', 'ben', 2, 'test');
  return doc;
}

describe('attendance in the week document', () => {
  it('stores nothing while everyone came as planned', () => {
    expect(readShift(staffedDoc(), 'c1')?.attendance).toBeUndefined();
  });

  it('marks a planned person as not come, and takes it back', () => {
    const doc = staffedDoc();
    expect(markNoShow(doc, 'c1', 'anna', 'test')).toEqual({ ok: true });
    expect(readShift(doc, 'c1')?.attendance).toEqual([{ personId: 'anna', status: 'no-show' }]);
    expect(markPresent(doc, 'c1', 'anna', 'test')).toEqual({ ok: true });
    expect(readShift(doc, 'c1')?.attendance).toBeUndefined();
  });

  it('refuses a no-show of someone not planned and a stand-in of someone planned', () => {
    const doc = staffedDoc();
    expect(markNoShow(doc, 'c1', 'carla', 'test')).toEqual({ ok: false, reason: 'not-assigned' });
    expect(addStandIn(doc, 'c1', 'anna', 'test')).toEqual({ ok: false, reason: 'already-assigned' });
    expect(markNoShow(doc, 'nope', 'anna', 'test')).toEqual({ ok: false, reason: 'shift-not-found' });
  });

  it('adds and removes a stand-in', () => {
    const doc = staffedDoc();
    addStandIn(doc, 'c1', 'carla', 'test');
    expect(readShift(doc, 'c1')?.attendance).toEqual([{ personId: 'carla', status: 'stand-in' }]);
    removeStandIn(doc, 'c1', 'carla', 'test');
    expect(readShift(doc, 'c1')?.attendance).toBeUndefined();
  });

  it('stores real times only where they differ from the plan', () => {
    const doc = staffedDoc();
    setActualTimes(doc, 'c1', 'anna', { start: '09:00', end: '11:00' }, 'test');
    expect(readShift(doc, 'c1')?.attendance).toEqual([{ personId: 'anna', status: 'present', actualEnd: '11:00' }]);
    setActualTimes(doc, 'c1', 'anna', { start: null, end: '12:00' }, 'test');
    expect(readShift(doc, 'c1')?.attendance).toBeUndefined();
    expect(setActualTimes(doc, 'c1', 'anna', { start: '9 Uhr', end: null }, 'test')).toEqual({
      ok: false,
      reason: 'invalid-time',
    });
  });

  it('keeps a stand-in when their real times are set', () => {
    const doc = staffedDoc();
    addStandIn(doc, 'c1', 'carla', 'test');
    setActualTimes(doc, 'c1', 'carla', { start: '10:00', end: null }, 'test');
    expect(readShift(doc, 'c1')?.attendance).toEqual([{ personId: 'carla', status: 'stand-in', actualStart: '10:00' }]);
  });

  it('reads a no-show of someone taken off the shift as stale', () => {
    const doc = staffedDoc();
    markNoShow(doc, 'c1', 'anna', 'test');
    unassignPerson(doc, 'c1', 'anna', 'test');
    expect(readShift(doc, 'c1')?.attendance).toBeUndefined();
  });

  it('merges two coordinators marking different people at once', () => {
    const a = staffedDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    markNoShow(a, 'c1', 'anna', 'a');
    addStandIn(b, 'c1', 'carla', 'b');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readShift(a, 'c1')?.attendance).toEqual(readShift(b, 'c1')?.attendance);
    expect(readShift(a, 'c1')?.attendance?.map((mark) => mark.personId)).toEqual(['anna', 'carla']);
  });
});

describe('recordOf', () => {
  it('yields every planned person present unless marked, plus stand-ins, with real times', () => {
    const doc = staffedDoc();
    markNoShow(doc, 'c1', 'anna', 'test');
    addStandIn(doc, 'c1', 'carla', 'test');
    setActualTimes(doc, 'c1', 'carla', { start: '09:15', end: null }, 'test');
    setActualTimes(doc, 'c1', 'ben', { start: null, end: '12:30' }, 'test');
    expect(recordOf(readWeek(doc).shifts)).toEqual({
      shifts: [
        { id: 'c1', areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, cancelled: null },
      ],
      attendance: [
        { shiftId: 'c1', personId: 'anna', status: 'no-show', actualStart: null, actualEnd: null },
        { shiftId: 'c1', personId: 'ben', status: 'present', actualStart: null, actualEnd: '12:30' },
        { shiftId: 'c1', personId: 'carla', status: 'stand-in', actualStart: '09:15', actualEnd: null },
      ],
    });
  });

  it('proposes "nicht da (abwesend)" for someone away that day, until a coordinator confirms they came', () => {
    const doc = staffedDoc();
    const away = [{ personId: 'anna', from: '2026-11-20', to: '2026-11-23', reason: 'Urlaub' }];
    const statusOf = (personId: string) =>
      recordOf(readWeek(doc).shifts, away).attendance.find((row) => row.personId === personId)?.status;
    const shift = () => readWeek(doc).shifts[0] ?? { date: '', attendance: [] };
    expect(attendanceOf(shift(), 'anna', away)).toBe('absent');
    expect(statusOf('anna')).toBe('no-show');
    expect(statusOf('ben')).toBe('present');
    expect(confirmPresent(doc, 'c1', 'anna', 'test')).toEqual({ ok: true });
    expect(attendanceOf(shift(), 'anna', away)).toBe('present');
    expect(statusOf('anna')).toBe('present');
    // Real times keep the confirmation; taking it back proposes the absence again.
    setActualTimes(doc, 'c1', 'anna', { start: '09:30', end: null }, 'test');
    expect(statusOf('anna')).toBe('present');
    markPresent(doc, 'c1', 'anna', 'test');
    expect(statusOf('anna')).toBe('no-show');
  });

  it('keeps a called-off shift without attendance', () => {
    const doc = staffedDoc();
    closeDay(doc, '2026-11-23', 'Betriebsausflug', 'test');
    const record = recordOf(readWeek(doc).shifts);
    expect(record.shifts[0]?.cancelled).toBe('Betriebsausflug');
    expect(record.attendance).toEqual([]);
  });
});
