import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addShift,
  askForStandIn,
  assignPerson,
  initWeekDoc,
  readShift,
  readWeek,
  removeShift,
  takeOverPlace,
  unassignPerson,
  updateShift,
  withdrawStandIn,
} from './week-doc';
import type { ShiftInput } from './shift';

const week = { center: 'demo', week: { year: 2026, week: 48 } };
const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };

function newWeekDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWeekDoc(doc, week, 'test');
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('week document', () => {
  it('writes meta once with the schema version', () => {
    const doc = newWeekDoc();
    initWeekDoc(doc, { center: 'other', week: { year: 2027, week: 1 } }, 'test');
    expect(readWeek(doc).meta).toEqual({
      schemaVersion: 1,
      center: 'demo',
      week: '2026-W48',
      kind: 'week',
      status: 'draft',
      holidays: {},
      closedDays: {},
    });
  });

  it('adds, edits, assigns and removes in one transaction each, with the origin given', () => {
    const doc = newWeekDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    expect(addShift(doc, 's1', cafe, 'anna')).toEqual({ ok: true });
    expect(updateShift(doc, 's1', { needed: 3, notes: 'Kuchen mitbringen' }, 'anna')).toEqual({ ok: true });
    expect(assignPerson(doc, 's1', 'p2', 20, 'anna')).toEqual({ ok: true });
    expect(assignPerson(doc, 's1', 'p1', 10, 'anna')).toEqual({ ok: true });
    expect(assignPerson(doc, 's1', 'p1', 30, 'anna')).toEqual({ ok: false, reason: 'already-assigned' });
    expect(readWeek(doc).shifts).toEqual([
      { id: 's1', ...cafe, needed: 3, notes: 'Kuchen mitbringen', assigned: ['p1', 'p2'] },
    ]);
    expect(unassignPerson(doc, 's1', 'p2', 'anna')).toEqual({ ok: true });
    expect(removeShift(doc, 's1', 'anna')).toEqual({ ok: true });
    expect(readWeek(doc).shifts).toEqual([]);
    expect(origins).toEqual(['anna', 'anna', 'anna', 'anna', 'anna', 'anna']);
  });

  it('refuses bad input and changes nothing', () => {
    const doc = newWeekDoc();
    addShift(doc, 's1', cafe, 'x');
    const before = Y.encodeStateAsUpdate(doc);
    expect(addShift(doc, 's2', { ...cafe, start: '25:00' }, 'x')).toMatchObject({
      ok: false,
      problems: ['start-format'],
    });
    expect(addShift(doc, 's2', { ...cafe, end: '08:00' }, 'x')).toMatchObject({
      ok: false,
      problems: ['end-before-start'],
    });
    expect(addShift(doc, 's2', { ...cafe, end: '9 Uhr' }, 'x')).toMatchObject({ ok: false, problems: ['end-format'] });
    expect(addShift(doc, 's2', { ...cafe, needed: Number.NaN }, 'x')).toMatchObject({
      ok: false,
      problems: ['needed-range'],
    });
    expect(addShift(doc, 's2', { ...cafe, needed: 0 }, 'x')).toMatchObject({ ok: false, problems: ['needed-range'] });
    expect(addShift(doc, 's2', { ...cafe, date: '2026-12-01' }, 'x')).toMatchObject({
      ok: false,
      problems: ['date-outside-week'],
    });
    expect(addShift(doc, 's1', cafe, 'x')).toEqual({ ok: false, reason: 'shift-exists' });
    expect(updateShift(doc, 's1', { end: '08:00' }, 'x')).toMatchObject({ ok: false, problems: ['end-before-start'] });
    expect(updateShift(doc, 'nope', { needed: 1 }, 'x')).toEqual({ ok: false, reason: 'shift-not-found' });
    expect(assignPerson(doc, 'nope', 'p1', 1, 'x')).toEqual({ ok: false, reason: 'shift-not-found' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('merges concurrent edits of different fields and the same person assigned twice', () => {
    const a = newWeekDoc();
    addShift(a, 's1', cafe, 'a');
    const b = new Y.Doc();
    sync(a, b);
    updateShift(a, 's1', { needed: 4 }, 'a');
    updateShift(b, 's1', { notes: 'Schlüssel bei Karin' }, 'b');
    assignPerson(a, 's1', 'p1', 1, 'a');
    assignPerson(b, 's1', 'p1', 2, 'b');
    sync(a, b);
    expect(readWeek(a)).toEqual(readWeek(b));
    expect(readWeek(a).shifts[0]).toMatchObject({ needed: 4, notes: 'Schlüssel bei Karin', assigned: ['p1'] });
  });

  it('leaves out malformed entries a peer may have written instead of throwing', () => {
    const doc = newWeekDoc();
    addShift(doc, 's1', cafe, 'x');
    doc.getMap('shifts').set('junk', 'not a map');
    const broken = new Y.Map<unknown>();
    doc.getMap('shifts').set('broken', broken);
    broken.set('needed', 'many');
    expect(readWeek(doc).shifts.map((s) => s.id)).toEqual(['s1']);
  });

  it('sorts shifts by date, then time', () => {
    const doc = newWeekDoc();
    addShift(doc, 'late', { ...cafe, start: '14:00', end: '17:00' }, 'x');
    addShift(doc, 'tue', { ...cafe, date: '2026-11-24' }, 'x');
    addShift(doc, 'early', cafe, 'x');
    expect(readWeek(doc).shifts.map((s) => s.id)).toEqual(['early', 'late', 'tue']);
  });

  describe('stand-in requests', () => {
    function seekingDoc(): Y.Doc {
      const doc = newWeekDoc();
      addShift(doc, 's1', cafe, 'x');
      assignPerson(doc, 's1', 'anna', 10, 'x');
      assignPerson(doc, 's1', 'bert', 20, 'x');
      return doc;
    }

    it('reads requests longest waiting first and leaves the field out when there are none', () => {
      const doc = seekingDoc();
      expect(readShift(doc, 's1')).not.toHaveProperty('standIn');
      expect(askForStandIn(doc, 's1', 'bert', 100, 'server')).toEqual({ ok: true });
      expect(askForStandIn(doc, 's1', 'anna', 200, 'server')).toEqual({ ok: true });
      expect(readShift(doc, 's1')?.standIn).toEqual([
        { personId: 'bert', since: 100 },
        { personId: 'anna', since: 200 },
      ]);
      expect(askForStandIn(doc, 's1', 'carla', 300, 'server')).toEqual({ ok: false, reason: 'not-assigned' });
      withdrawStandIn(doc, 's1', 'bert', 'server');
      expect(readShift(doc, 's1')?.standIn).toEqual([{ personId: 'anna', since: 200 }]);
    });

    it('ignores a request of someone taken off, also after they are put on again', () => {
      const doc = seekingDoc();
      askForStandIn(doc, 's1', 'anna', 100, 'server');
      unassignPerson(doc, 's1', 'anna', 'board');
      expect(readShift(doc, 's1')).not.toHaveProperty('standIn');
      assignPerson(doc, 's1', 'anna', 150, 'board');
      expect(readShift(doc, 's1')).not.toHaveProperty('standIn');
    });

    it('swaps the asker for the taker in one transaction', () => {
      const doc = seekingDoc();
      askForStandIn(doc, 's1', 'anna', 100, 'server');
      let transactions = 0;
      doc.on('afterTransaction', () => transactions++);
      expect(takeOverPlace(doc, 's1', { askerId: 'anna', takerId: 'carla' }, 300, 'server')).toEqual({ ok: true });
      expect(transactions).toBe(1);
      const shift = readShift(doc, 's1');
      expect(shift?.assigned).toEqual(['bert', 'carla']);
      expect(shift).not.toHaveProperty('standIn');
      expect(takeOverPlace(doc, 's1', { askerId: 'anna', takerId: 'dora' }, 400, 'server')).toEqual({
        ok: false,
        reason: 'not-assigned',
      });
    });
  });
});

describe('keys and notes written through the domain', () => {
  it('refuses a shift key outside the documented pattern, and notes that break the text rule', () => {
    const doc = newWeekDoc();
    expect(addShift(doc, 'x\r\nX-INJECTED:1', cafe, 'test')).toEqual({
      ok: false,
      reason: 'invalid-input',
      problems: ['invalid'],
    });
    expect(addShift(doc, 'c1', { ...cafe, notes: 'Kuchen\u202E' }, 'test')).toEqual({
      ok: false,
      reason: 'invalid-input',
      problems: ['notes-invalid'],
    });
    expect(readWeek(doc).shifts).toEqual([]);
    expect(addShift(doc, 'c1', { ...cafe, notes: 'Kuchen\nund Kaffee' }, 'test')).toEqual({ ok: true });
    expect(updateShift(doc, 'c1', { notes: 'x\u0000' }, 'test')).toEqual({
      ok: false,
      reason: 'invalid-input',
      problems: ['notes-invalid'],
    });
  });

  it('stores notes in NFC', () => {
    const doc = newWeekDoc();
    addShift(doc, 'c1', { ...cafe, notes: 'Schu\u0308rze' }, 'test');
    expect(readShift(doc, 'c1')?.notes).toBe('Schürze');
  });

  it('still shows, and lets one edit, a shift whose notes were stored before the rule', () => {
    const doc = newWeekDoc();
    addShift(doc, 'c1', cafe, 'test');
    (doc.getMap('shifts').get('c1') as Y.Map<unknown>).set('notes', 'alt\u0007');
    expect(readShift(doc, 'c1')?.notes).toBe('alt\u0007');
    expect(updateShift(doc, 'c1', { needed: 3 }, 'test')).toEqual({ ok: true });
    expect(updateShift(doc, 'c1', { notes: 'neu' }, 'test')).toEqual({ ok: true });
    expect(readShift(doc, 'c1')).toMatchObject({ needed: 3, notes: 'neu' });
  });
});
