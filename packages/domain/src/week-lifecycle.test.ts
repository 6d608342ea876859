import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShiftInput } from './shift';
import {
  addShift,
  assignPerson,
  closeDay,
  createUndoManager,
  duplicateShift,
  initWeekDoc,
  moveAssignment,
  readShift,
  readWeek,
  reopenDay,
  setHolidays,
  setNeededOf,
  setWeekStatus,
  updateShift,
  weekStatusOf,
} from './week-doc';

const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };
const lunch: ShiftInput = { ...cafe, areaId: 'mittag', start: '11:30', end: '14:00' };

function newWeek(): Y.Doc {
  const doc = new Y.Doc();
  initWeekDoc(doc, { center: 'demo', week: { year: 2026, week: 48 } }, 'test');
  addShift(doc, 'a', cafe, 'test');
  addShift(doc, 'b', lunch, 'test');
  addShift(doc, 'c', { ...cafe, date: '2026-11-24' }, 'test');
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('week lifecycle', () => {
  it('starts as a draft and is published by status; old documents without status read as published', () => {
    const doc = newWeek();
    expect(weekStatusOf(doc)).toBe('draft');
    setWeekStatus(doc, 'published', 'test');
    expect(weekStatusOf(doc)).toBe('published');
    const legacy = new Y.Doc();
    legacy.getMap('meta').set('schemaVersion', 1);
    legacy.getMap('meta').set('center', 'demo');
    legacy.getMap('meta').set('week', '2026-W48');
    expect(weekStatusOf(legacy)).toBe('published');
    expect(weekStatusOf(new Y.Doc())).toBe('draft');
  });

  it('stores holidays and writes nothing when they are the same again', () => {
    const doc = newWeek();
    setHolidays(doc, { '2026-11-25': 'Test' }, 'server');
    const state = Y.encodeStateAsUpdate(doc);
    setHolidays(doc, { '2026-11-25': 'Test' }, 'server');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
    setHolidays(doc, {}, 'server');
    expect(readWeek(doc).meta?.holidays).toEqual({});
  });

  it('closes a day: its shifts are called off with their people kept, and reopening restores them', () => {
    const doc = newWeek();
    assignPerson(doc, 'a', 'p1', 1, 'test');
    assignPerson(doc, 'b', 'p1', 2, 'test');
    assignPerson(doc, 'b', 'p2', 3, 'test');
    expect(closeDay(doc, '2026-11-23', 'Betriebsausflug', 'test')).toEqual({
      cancelledShiftIds: ['a', 'b'],
      affectedPersonIds: ['p1', 'p2'],
    });
    expect(readWeek(doc).meta?.closedDays).toEqual({ '2026-11-23': 'Betriebsausflug' });
    expect(readShift(doc, 'a')).toMatchObject({ cancelled: 'Betriebsausflug', assigned: ['p1'] });
    expect(readShift(doc, 'c')?.cancelled).toBeUndefined();
    reopenDay(doc, '2026-11-23', 'test');
    expect(readWeek(doc).meta?.closedDays).toEqual({});
    expect(readShift(doc, 'a')?.cancelled).toBeUndefined();
    expect(readShift(doc, 'b')?.assigned).toEqual(['p1', 'p2']);
  });
});

describe('board edits', () => {
  it('moves a person between shifts in one transaction', () => {
    const doc = newWeek();
    assignPerson(doc, 'a', 'p1', 1, 'test');
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (tr) => transactions.push(tr.origin));
    expect(moveAssignment(doc, { fromShiftId: 'a', toShiftId: 'c', personId: 'p1' }, 5, 'me')).toEqual({ ok: true });
    expect(transactions).toEqual(['me']);
    expect(readShift(doc, 'a')?.assigned).toEqual([]);
    expect(readShift(doc, 'c')?.assigned).toEqual(['p1']);
    expect(moveAssignment(doc, { fromShiftId: 'a', toShiftId: 'c', personId: 'p1' }, 6, 'me')).toEqual({
      ok: false,
      reason: 'not-assigned',
    });
    assignPerson(doc, 'a', 'p1', 7, 'me');
    expect(moveAssignment(doc, { fromShiftId: 'a', toShiftId: 'c', personId: 'p1' }, 8, 'me')).toEqual({
      ok: false,
      reason: 'already-assigned',
    });
  });

  it('duplicates a shift without its people', () => {
    const doc = newWeek();
    assignPerson(doc, 'a', 'p1', 1, 'test');
    expect(duplicateShift(doc, 'a', 'a2', 'me')).toEqual({ ok: true });
    expect(readShift(doc, 'a2')).toEqual({ id: 'a2', ...cafe, assigned: [] });
    expect(duplicateShift(doc, 'zzz', 'x', 'me')).toEqual({ ok: false, reason: 'shift-not-found' });
  });

  it('sets the needed count of several shifts at once, or of none when one is bad', () => {
    const doc = newWeek();
    expect(setNeededOf(doc, ['a', 'b'], 4, 'me')).toEqual({ ok: true });
    expect(readWeek(doc).shifts.map((s) => s.needed)).toEqual([4, 4, 2]);
    expect(setNeededOf(doc, ['a', 'missing'], 1, 'me')).toEqual({ ok: false, reason: 'shift-not-found' });
    expect(setNeededOf(doc, ['a'], 0, 'me')).toMatchObject({ ok: false, reason: 'invalid-input' });
    expect(readWeek(doc).shifts.map((s) => s.needed)).toEqual([4, 4, 2]);
  });
});

describe('undo scope', () => {
  it('undoes only the local user’s changes, leaving a concurrent change of the other coordinator', () => {
    const anna = newWeek();
    const ben = new Y.Doc();
    sync(anna, ben);
    const annaOrigin = { kind: 'local-user', name: 'Anna' };
    const undo = createUndoManager(anna, annaOrigin, 0);
    updateShift(anna, 'a', { start: '08:00' }, annaOrigin);
    assignPerson(ben, 'a', 'ben-picked', 1, 'ben');
    sync(anna, ben);
    assignPerson(anna, 'b', 'anna-picked', 2, annaOrigin);
    expect(undo.undoStack).toHaveLength(2);

    undo.undo();
    sync(anna, ben);
    expect(readShift(ben, 'b')?.assigned).toEqual([]);
    expect(readShift(ben, 'a')).toMatchObject({ start: '08:00', assigned: ['ben-picked'] });

    undo.undo();
    sync(anna, ben);
    expect(readShift(ben, 'a')).toMatchObject({ start: '09:00', assigned: ['ben-picked'] });
    expect(undo.undoStack).toHaveLength(0);

    undo.redo();
    sync(anna, ben);
    expect(readShift(ben, 'a')).toMatchObject({ start: '08:00', assigned: ['ben-picked'] });
  });

  it('does not track changes that arrive from the server or another origin', () => {
    const doc = newWeek();
    const mine = { kind: 'local-user', name: 'Anna' };
    const undo = createUndoManager(doc, mine, 0);
    assignPerson(doc, 'a', 'p1', 1, 'remote');
    expect(undo.undoStack).toHaveLength(0);
    undo.undo();
    expect(readShift(doc, 'a')?.assigned).toEqual(['p1']);
  });
});
