import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addShift,
  askForStandIn,
  assignPerson,
  closeDay,
  initWeekDoc,
  moveAssignment,
  removeShift,
  reopenDay,
  setWeekStatus,
  takeOverPlace,
  unassignPerson,
  updateShift,
  withdrawStandIn,
} from './week-doc';
import { addStandIn, markNoShow, markPresent, setActualTimes } from './attendance';
import type { ShiftInput } from './shift';
import { describeWeekHistory, withReopenReasons, type HistoryRow } from './week-history';

const cafe: ShiftInput = { areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00', needed: 2, notes: '' };
const cafeRef = { id: 's1', areaId: 'cafe', date: '2026-11-23', start: '09:00', end: '12:00' };
const anna = { personId: 'p-anna', name: 'Anna K.' };
const carl = { personId: 'p-carl', name: 'Carl D.' };

/** A week document whose every update is logged as a trail row by whoever `as` names at the time. */
function recordedWeek() {
  const doc = new Y.Doc();
  const rows: HistoryRow[] = [];
  let clock = Date.parse('2026-11-20T08:00:00Z');
  let actor: { personId: string; name: string } | null = null;
  let via: HistoryRow['via'] = 'server';
  doc.on('update', (data: Uint8Array) => {
    rows.push({
      at: new Date(clock).toISOString(),
      via,
      personId: actor?.personId ?? null,
      personName: actor?.name ?? null,
      data,
    });
  });
  return {
    doc,
    rows,
    /** Runs `edit` as `who`, `minutes` after the previous step. */
    as(who: typeof anna | null, edit: (doc: Y.Doc) => unknown, minutes = 10) {
      clock += minutes * 60_000;
      actor = who;
      via = 'server';
      edit(doc);
    },
    baseline(edit: (doc: Y.Doc) => unknown) {
      via = 'baseline';
      edit(doc);
    },
  };
}

function preparedWeek() {
  const week = recordedWeek();
  week.as(null, (doc) => initWeekDoc(doc, { center: 'demo', week: { year: 2026, week: 48 } }, 'x'));
  week.as(anna, (doc) => addShift(doc, 's1', cafe, 'x'));
  return week;
}

const kindsAndActors = (rows: HistoryRow[]) =>
  describeWeekHistory(rows).map((event) => [event.kind, event.actor?.name ?? null]);

describe('describeWeekHistory', () => {
  it('tells who created a shift and leaves out the server preparing the week', () => {
    const { rows } = preparedWeek();
    expect(describeWeekHistory(rows)).toEqual([
      { kind: 'shift-created', shift: cafeRef, needed: 2, at: rows[1]?.at, actor: anna },
    ]);
  });

  it('tells changes of time, area, needed places and notes with before and after', () => {
    const week = preparedWeek();
    week.as(carl, (doc) => updateShift(doc, 's1', { start: '10:00', needed: 3, areaId: 'kita' }, 'x'));
    week.as(carl, (doc) => updateShift(doc, 's1', { notes: 'Kuchen' }, 'x'), 30);
    const [, changed, noted] = describeWeekHistory(week.rows);
    expect(changed).toMatchObject({
      kind: 'shift-changed',
      actor: carl,
      shift: { id: 's1', areaId: 'kita', start: '10:00' },
      time: { from: { start: '09:00' }, to: { start: '10:00', end: '12:00', date: '2026-11-23' } },
      area: { from: 'cafe', to: 'kita' },
      needed: { from: 2, to: 3 },
    });
    expect(changed).not.toHaveProperty('notes');
    expect(noted).toMatchObject({ kind: 'shift-changed', notes: { from: '', to: 'Kuchen' } });
  });

  it('tells a deleted shift with where and when it was', () => {
    const week = preparedWeek();
    week.as(carl, (doc) => removeShift(doc, 's1', 'x'));
    expect(describeWeekHistory(week.rows)[1]).toMatchObject({ kind: 'shift-deleted', shift: cafeRef, actor: carl });
  });

  it('tells people put on and taken off a shift', () => {
    const week = preparedWeek();
    week.as(carl, (doc) => assignPerson(doc, 's1', 'p-ben', 1, 'x'));
    week.as(anna, (doc) => unassignPerson(doc, 's1', 'p-ben', 'x'));
    const [, assigned, removed] = describeWeekHistory(week.rows);
    expect(assigned).toMatchObject({ kind: 'person-assigned', personId: 'p-ben', shift: cafeRef, actor: carl });
    expect(removed).toMatchObject({ kind: 'person-removed', personId: 'p-ben', shift: cafeRef, actor: anna });
  });

  it('tells a person dragged to another shift as one move', () => {
    const week = preparedWeek();
    week.as(anna, (doc) => addShift(doc, 's2', { ...cafe, start: '14:00', end: '17:00' }, 'x'));
    week.as(anna, (doc) => assignPerson(doc, 's1', 'p-ben', 1, 'x'));
    week.as(carl, (doc) => moveAssignment(doc, { fromShiftId: 's1', toShiftId: 's2', personId: 'p-ben' }, 2, 'x'));
    expect(describeWeekHistory(week.rows).at(-1)).toMatchObject({
      kind: 'person-moved',
      personId: 'p-ben',
      from: { id: 's1' },
      shift: { id: 's2', start: '14:00' },
      actor: carl,
    });
  });

  it('tells stand-in requests asked, withdrawn and taken over', () => {
    const week = preparedWeek();
    week.as(anna, (doc) => assignPerson(doc, 's1', 'p-ben', 1, 'x'));
    week.as(null, (doc) => askForStandIn(doc, 's1', 'p-ben', 2, 'x'));
    week.as(null, (doc) => withdrawStandIn(doc, 's1', 'p-ben', 'x'));
    week.as(null, (doc) => askForStandIn(doc, 's1', 'p-ben', 3, 'x'));
    week.as(carl, (doc) => takeOverPlace(doc, 's1', { askerId: 'p-ben', takerId: 'p-carl' }, 4, 'x'));
    expect(describeWeekHistory(week.rows).slice(2)).toMatchObject([
      { kind: 'stand-in-asked', personId: 'p-ben' },
      { kind: 'stand-in-withdrawn', personId: 'p-ben' },
      { kind: 'stand-in-asked', personId: 'p-ben' },
      { kind: 'stand-in-taken', personId: 'p-carl', forPersonId: 'p-ben', actor: carl },
    ]);
  });

  it('tells attendance recorded for finalizing: a no-show, a stand-in with real times, and a mark taken back', () => {
    const week = preparedWeek();
    week.as(anna, (doc) => assignPerson(doc, 's1', 'p-ben', 1, 'x'));
    week.as(carl, (doc) => markNoShow(doc, 's1', 'p-ben', 'x'));
    week.as(carl, (doc) => addStandIn(doc, 's1', 'p-dora', 'x'));
    week.as(carl, (doc) => setActualTimes(doc, 's1', 'p-dora', { start: '09:30', end: null }, 'x'));
    week.as(anna, (doc) => markPresent(doc, 's1', 'p-ben', 'x'));
    const attendance = describeWeekHistory(week.rows).filter((event) => event.kind.startsWith('attendance'));
    expect(attendance).toMatchObject([
      {
        kind: 'attendance-marked',
        personId: 'p-ben',
        status: 'no-show',
        actualStart: null,
        shift: cafeRef,
        actor: carl,
      },
      { kind: 'attendance-marked', personId: 'p-dora', status: 'stand-in', actualStart: null, actor: carl },
      { kind: 'attendance-marked', personId: 'p-dora', status: 'stand-in', actualStart: '09:30', actualEnd: null },
      { kind: 'attendance-cleared', personId: 'p-ben', actor: anna },
    ]);
  });

  it('tells a closed and a reopened day once each, not every called-off shift', () => {
    const week = preparedWeek();
    week.as(carl, (doc) => closeDay(doc, '2026-11-23', 'Betriebsausflug', 'x'));
    week.as(carl, (doc) => reopenDay(doc, '2026-11-23', 'x'));
    expect(kindsAndActors(week.rows).slice(1)).toEqual([
      ['day-closed', 'Carl D.'],
      ['day-reopened', 'Carl D.'],
    ]);
    expect(describeWeekHistory(week.rows)[1]).toMatchObject({ date: '2026-11-23', reason: 'Betriebsausflug' });
  });

  it('tells publishing, unpublishing, finalizing and reopening with its recorded reason', () => {
    const week = preparedWeek();
    week.as(carl, (doc) => setWeekStatus(doc, 'published', 'x'));
    week.as(carl, (doc) => setWeekStatus(doc, 'draft', 'x'));
    week.as(carl, (doc) => setWeekStatus(doc, 'published', 'x'));
    week.as(anna, (doc) => doc.getMap('meta').set('status', 'finalized'));
    week.as(anna, (doc) => doc.getMap('meta').set('status', 'published'));
    const events = describeWeekHistory(week.rows);
    expect(events.slice(1).map((e) => e.kind)).toEqual([
      'week-published',
      'week-unpublished',
      'week-published',
      'week-finalized',
      'week-reopened',
      'week-published',
    ]);
    const reopenedAt = events[5]?.at ?? '';
    const told = withReopenReasons(events, [{ at: reopenedAt, reason: 'Stunden korrigieren' }]);
    expect(told[5]).toMatchObject({ kind: 'week-reopened', reason: 'Stunden korrigieren' });
    expect(withReopenReasons(events, [{ at: '2026-01-01T00:00:00Z', reason: 'alt' }])[5]).toMatchObject({
      reason: null,
    });
  });

  it('replays baseline rows without telling them', () => {
    const week = recordedWeek();
    week.baseline((doc) => addShift(doc, 's1', cafe, 'x'));
    week.as(anna, (doc) => assignPerson(doc, 's1', 'p-ben', 1, 'x'));
    expect(kindsAndActors(week.rows)).toEqual([['person-assigned', 'Anna K.']]);
  });

  it('groups rapid edits of one person on one shift, but not across people or a pause', () => {
    const week = preparedWeek();
    week.as(anna, (doc) => updateShift(doc, 's1', { needed: 3 }, 'x'), 1);
    week.as(carl, (doc) => updateShift(doc, 's1', { notes: 'K' }, 'x'), 1);
    week.as(carl, (doc) => updateShift(doc, 's1', { notes: 'Ku' }, 'x'), 1);
    week.as(carl, (doc) => updateShift(doc, 's1', { notes: 'Kuchen', end: '13:00' }, 'x'), 1);
    week.as(carl, (doc) => updateShift(doc, 's1', { needed: 4 }, 'x'), 60);
    const events = describeWeekHistory(week.rows);
    expect(events).toMatchObject([
      { kind: 'shift-created', needed: 3, actor: anna },
      { kind: 'shift-changed', actor: carl, notes: { from: '', to: 'Kuchen' }, time: { to: { end: '13:00' } } },
      { kind: 'shift-changed', actor: carl, needed: { from: 3, to: 4 } },
    ]);
  });

  it('replays a busy week of thousands of updates in order', () => {
    const week = recordedWeek();
    week.as(null, (doc) => initWeekDoc(doc, { center: 'demo', week: { year: 2026, week: 48 } }, 'x'));
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    for (let i = 0; i < 60; i++) {
      const date = days[i % 5] ?? '2026-11-23';
      week.as(anna, (doc) => addShift(doc, `s${i}`, { ...cafe, areaId: `a${i % 6}`, date }, 'x'), 1);
    }
    let assigned = 0;
    for (let step = 0; step < 3000; step++) {
      const shiftId = `s${step % 60}`;
      const personId = `p${step % 40}`;
      const who = step % 3 === 0 ? carl : anna;
      week.as(who, (doc) => {
        const shift = doc.getMap('shifts').get(shiftId) as Y.Map<unknown>;
        const assignees = shift.get('assignees') as Y.Map<number>;
        if (assignees.has(personId)) unassignPerson(doc, shiftId, personId, 'x');
        else {
          assigned++;
          assignPerson(doc, shiftId, personId, step, 'x');
        }
      });
    }
    const started = Date.now();
    const events = describeWeekHistory(week.rows);
    // Timing is reported, not asserted (shared CI machines vary); the domain has no DOM or Node types.
    const report = (globalThis as unknown as { console: { info(text: string): void } }).console;
    report.info(`replayed ${week.rows.length} updates into ${events.length} events in ${Date.now() - started} ms`);
    expect(events.filter((e) => e.kind === 'shift-created')).toHaveLength(60);
    expect(events.filter((e) => e.kind === 'person-assigned')).toHaveLength(assigned);
    expect(events.filter((e) => e.kind === 'person-removed')).toHaveLength(3000 - assigned);
  });
});
