import { addShift, initWeekDoc } from '@schichtbrett/domain';
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
    expect(board.stats).toEqual({ shifts: 1, openPlaces: 2, withGaps: 1 });
    expect(board.unassign('s1', 'p1')).toEqual({ ok: true });
    expect(board.removeShift('s1')).toEqual({ ok: true });
    expect(board.shifts).toEqual([]);
    expect(origins.every((entry) => entry === origin)).toBe(true);
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
});
