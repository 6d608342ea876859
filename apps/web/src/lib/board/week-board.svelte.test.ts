import {
  addShift,
  askForStandIn,
  assignPerson,
  initWeekDoc,
  updateShift,
  warningContextOf,
} from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WeekBoard } from './week-board.svelte';

const input = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };

function setup() {
  const doc = new Y.Doc();
  initWeekDoc(doc, { center: 'demo', week: { year: 2026, week: 48 } }, 'test');
  let next = 0;
  const origin = { kind: 'local-user' as const, name: 'Gast 42' };
  const board = new WeekBoard({ doc, origin, now: () => 1000, newId: () => `s${++next}` });
  return { doc, board, origin };
}

describe('WeekBoard', () => {
  it('adds, changes, staffs and removes shifts through the domain, with the local origin', () => {
    const { doc, board, origin } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));

    expect(board.addShift(input)).toEqual({ ok: true, id: 's1' });
    expect(board.shifts.map((shift) => shift.id)).toEqual(['s1']);
    expect(board.updateShift('s1', { needed: 3 })).toEqual({ ok: true });
    expect(board.assign('s1', 'p1')).toEqual({ ok: true });
    expect(board.shiftById('s1')).toMatchObject({ needed: 3, assigned: ['p1'] });
    expect(board.stats).toEqual({ shifts: 1, openPlaces: 2, withGaps: 1, seekingStandIn: 0 });
    expect(board.unassign('s1', 'p1')).toEqual({ ok: true });
    expect(board.removeShift('s1')).toEqual({ ok: true });
    expect(board.shifts).toEqual([]);
    expect(origins.every((entry) => entry === origin)).toBe(true);
  });

  it('counts a place held by someone away that day as open, not as staffed', () => {
    const { board } = setup();
    board.addShift(input);
    board.assign('s1', 'karin');
    board.assign('s1', 'olga');
    expect(board.stats).toMatchObject({ openPlaces: 0, withGaps: 0 });
    board.setWarningContext({ absences: [{ personId: 'karin', from: '2026-11-23', to: '2026-11-27' }] });
    expect(board.stats).toMatchObject({ openPlaces: 1, withGaps: 1 });
  });

  it('refuses bad input and changes nothing', () => {
    const { doc, board } = setup();
    const before = Y.encodeStateAsUpdate(doc);
    const result = board.addShift({ ...input, start: '14:00', end: '10:00', needed: 0 });
    expect(result).toEqual({ ok: false, reason: 'invalid-input', problems: ['needed-range', 'end-before-start'] });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(board.shifts).toEqual([]);
  });

  it('follows changes that arrive from elsewhere', async () => {
    const { doc, board } = setup();
    const remote = new Y.Doc();
    addShift(remote, 'r1', input, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');
    await Promise.resolve();
    expect(board.shifts.map((shift) => shift.id)).toEqual(['r1']);
    board.destroy();
  });

  it('keeps every unchanged Shift object when a remote change touches one shift', async () => {
    const { doc, board } = setup();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    for (let index = 0; index < 20; index += 1)
      addShift(remote, `r${index}`, { ...input, notes: `n${index}` }, 'remote');
    assignPerson(remote, 'r3', 'p1', 5, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');
    await Promise.resolve();
    const before = board.shifts;
    const warningsBefore = board.warnings;
    expect(before).toHaveLength(20);

    const stateBefore = Y.encodeStateVector(doc);
    updateShift(remote, 'r7', { needed: 1 }, 'remote');
    assignPerson(remote, 'r7', 'p2', 6, 'remote');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, stateBefore), 'provider');
    await Promise.resolve();

    const after = board.shifts;
    expect(after).not.toBe(before);
    for (const shift of after) {
      const old = before.find((entry) => entry.id === shift.id);
      if (shift.id === 'r7') expect(shift).not.toBe(old);
      else expect(shift).toBe(old);
    }
    // An unchanged read keeps the array itself.
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');
    await Promise.resolve();
    expect(board.shifts).toBe(after);
    expect(warningsBefore.size).toBe(0);
    board.destroy();
  });

  it('shows a stand-in request arriving from the server as a change of that shift', async () => {
    const { doc, board } = setup();
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
    addShift(server, 'r1', input, 'server');
    assignPerson(server, 'r1', 'p1', 5, 'server');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), 'provider');
    await Promise.resolve();
    const before = board.shifts[0];

    const stateBefore = Y.encodeStateVector(doc);
    askForStandIn(server, 'r1', 'p1', 10, 'server');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, stateBefore), 'provider');
    await Promise.resolve();
    expect(board.shifts[0]).not.toBe(before);
    expect(board.shifts[0]?.standIn).toEqual([{ personId: 'p1', since: 10 }]);
    expect(board.stats.seekingStandIn).toBe(1);
    board.destroy();
  });

  it('records attendance as this user, re-reads the shift and undoes it as one step', () => {
    const { board } = setup();
    const added = board.addShift(input);
    if (!added.ok) throw new Error('setup failed');
    board.assign(added.id, 'p1');
    const before = board.shifts[0];
    expect(board.markNoShow(added.id, 'p1')).toEqual({ ok: true });
    expect(board.shifts[0]).not.toBe(before);
    expect(board.shifts[0]?.attendance).toEqual([{ personId: 'p1', status: 'no-show' }]);
    board.addStandIn(added.id, 'p2');
    board.setActualTimes(added.id, 'p2', { start: '10:00', end: null });
    expect(board.shifts[0]?.attendance).toEqual([
      { personId: 'p1', status: 'no-show' },
      { personId: 'p2', status: 'stand-in', actualStart: '10:00' },
    ]);
    expect(board.undo()).toEqual({ ok: true, action: null });
    expect(board.shifts[0]?.attendance).toEqual([
      { personId: 'p1', status: 'no-show' },
      { personId: 'p2', status: 'stand-in' },
    ]);
    board.destroy();
  });

  it('keeps the warnings of an unchanged shift as the same list', () => {
    const { board } = setup();
    const a = board.addShift(input);
    const b = board.addShift({ ...input, areaId: 'kids' });
    const c = board.addShift({ ...input, date: '2026-11-24' });
    if (!a.ok || !b.ok || !c.ok) throw new Error('setup failed');
    board.assign(a.id, 'p1');
    board.assign(b.id, 'p1');
    const first = board.warnings.get(a.id);
    expect(first).toEqual([{ kind: 'overlap', personId: 'p1', otherShiftId: b.id }]);
    board.assign(c.id, 'p9');
    expect(board.warnings.get(a.id)).toBe(first);
  });

  it('warns from the people context, and only the cards it concerns get new lists', () => {
    const { board } = setup();
    const cafe = board.addShift(input);
    const kids = board.addShift({ ...input, areaId: 'kids', start: '13:00', end: '15:00' });
    const later = board.addShift({ ...input, date: '2026-11-26' });
    if (!cafe.ok || !kids.ok || !later.ok) throw new Error('setup failed');
    board.assign(cafe.id, 'p1');
    board.assign(kids.id, 'p1');
    board.assign(later.id, 'p2');
    board.assign(later.id, 'p3');
    board.assign(later.id, 'p4');
    const over = board.warnings.get(later.id);
    expect(board.warnings.get(cafe.id)).toBeUndefined();

    board.setWarningContext(
      warningContextOf({
        week: '2026-W48',
        requirements: { cafe: ['hygiene'] },
        people: [
          {
            personId: 'p1',
            qualifications: [{ kind: 'hygiene', validUntil: '2026-11-22' }],
            absences: [],
            availability: [],
          },
          { personId: 'p2', qualifications: [{ kind: 'hygiene', validUntil: null }], absences: [], availability: [] },
          { personId: 'p3', qualifications: [{ kind: 'hygiene', validUntil: null }], absences: [], availability: [] },
          { personId: 'p4', qualifications: [{ kind: 'hygiene', validUntil: null }], absences: [], availability: [] },
        ],
      }),
    );
    expect(board.warnings.get(cafe.id)).toEqual([
      { kind: 'missing-qualification', personId: 'p1', qualification: 'hygiene', expired: true },
    ]);
    expect(board.warnings.get(kids.id)).toBeUndefined();
    // Only over-staffed, as before: the same list, so its card does not re-render.
    expect(board.warnings.get(later.id)).toBe(over);
  });

  it('undoes only its own changes, one command at a time, and says what it undid', () => {
    const { doc, board } = setup();
    const added = board.addShift(input);
    if (!added.ok) throw new Error('setup failed');
    board.assign(added.id, 'p1');
    // Someone else adds a person meanwhile.
    assignPerson(doc, added.id, 'p2', 2000, 'remote');
    expect(board.canUndo).toBe(true);
    expect(board.canRedo).toBe(false);

    const undone = board.undo();
    expect(undone).toMatchObject({ ok: true, action: { kind: 'assign', personId: 'p1' } });
    expect(board.shiftById(added.id)?.assigned).toEqual(['p2']);
    expect(board.canRedo).toBe(true);

    expect(board.redo()).toMatchObject({ ok: true, action: { kind: 'assign', personId: 'p1' } });
    expect(board.shiftById(added.id)?.assigned).toEqual(['p1', 'p2']);
    expect(board.undo()).toMatchObject({ ok: true, action: { kind: 'assign' } });
    expect(board.undo()).toMatchObject({ ok: true, action: { kind: 'add' } });
    expect(board.canUndo).toBe(false);
    expect(board.undo()).toEqual({ ok: false });
  });

  it('moves a person in one undo step, duplicates shifts and sets the needed count of several', () => {
    const { board } = setup();
    const a = board.addShift(input);
    const b = board.addShift({ ...input, start: '13:00', end: '15:00' });
    if (!a.ok || !b.ok) throw new Error('setup failed');
    board.assign(a.id, 'p1');
    expect(board.move({ fromShiftId: a.id, toShiftId: b.id, personId: 'p1' })).toEqual({ ok: true });
    expect(board.shiftById(b.id)?.assigned).toEqual(['p1']);
    expect(board.undo()).toMatchObject({ ok: true, action: { kind: 'move' } });
    expect(board.shiftById(a.id)?.assigned).toEqual(['p1']);
    expect(board.shiftById(b.id)?.assigned).toEqual([]);

    const copy = board.duplicateShift(a.id);
    expect(copy).toEqual({ ok: true, id: 's3' });
    expect(board.shiftById('s3')).toMatchObject({ start: '09:00', assigned: [] });

    expect(board.setNeededOf([a.id, b.id, 's3'], 4)).toEqual({ ok: true });
    expect(board.shifts.map((shift) => shift.needed)).toEqual([4, 4, 4]);
    expect(board.undo()).toMatchObject({ ok: true, action: { kind: 'set-needed', count: 3, needed: 4 } });
    expect(board.shifts.map((shift) => shift.needed)).toEqual([2, 2, 2]);
  });
});
