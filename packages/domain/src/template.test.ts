import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isShiftKey } from './shift-key';
import { publicHolidaysInWeek } from './holidays';
import { shiftIntervalOf } from './shift-time';
import {
  applyPlan,
  applyTemplate,
  planWeekFromCopy,
  planWeekFromTemplate,
  readTemplateDoc,
  shiftIdForDate,
  templateDateOf,
  writeTemplateDoc,
  type TemplateShift,
} from './template';
import { closeDay, readWeek } from './week-doc';

const template: TemplateShift[] = [
  {
    id: 't-fr',
    areaId: 'fruehstueck',
    weekday: 1,
    start: '08:00',
    end: '10:30',
    needed: 2,
    notes: '',
    regularIds: ['p1'],
  },
  {
    id: 't-mi',
    areaId: 'cafe',
    weekday: 3,
    start: '14:00',
    end: '17:00',
    needed: 2,
    notes: '',
    regularIds: ['p2', 'p3'],
  },
  {
    id: 't-sa',
    areaId: 'cafe',
    weekday: 6,
    start: '10:00',
    end: '14:00',
    needed: 1,
    notes: 'Flohmarkt',
    regularIds: [],
  },
];

const w48 = { year: 2026, week: 48 };

describe('planWeekFromTemplate', () => {
  it('places each entry on its weekday of the week', () => {
    const { planned, skipped } = planWeekFromTemplate(template, w48);
    expect(planned.map((p) => [p.id, p.input.date])).toEqual([
      ['t-fr@2026-11-23', '2026-11-23'],
      ['t-mi@2026-11-25', '2026-11-25'],
      ['t-sa@2026-11-28', '2026-11-28'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('skips the Buß- und Bettag in Saxony and excuses its regulars, but not in Bavaria', () => {
    // 2026-W47: Wednesday 18 November is Buß- und Bettag, a holiday only in Saxony.
    const week = { year: 2026, week: 47 };
    const saxony = planWeekFromTemplate(template, week, { holidays: publicHolidaysInWeek('SN', week) });
    expect(saxony.planned.map((p) => p.id)).toEqual(['t-fr@2026-11-16', 't-sa@2026-11-21']);
    expect(saxony.skipped).toEqual([
      { id: 't-mi@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: ['p2', 'p3'] },
    ]);
    const bavaria = planWeekFromTemplate(template, week, { holidays: publicHolidaysInWeek('BY', week) });
    expect(bavaria.planned).toHaveLength(3);
    expect(bavaria.skipped).toEqual([]);
  });

  it('skips Easter Monday everywhere (Berlin and NRW) and Fronleichnam only where it is a holiday', () => {
    const easter = { year: 2026, week: 15 }; // Monday 6 April 2026
    for (const state of ['BE', 'NW']) {
      const { planned, skipped } = planWeekFromTemplate(template, easter, {
        holidays: publicHolidaysInWeek(state, easter),
      });
      expect(planned.map((p) => p.input.date)).toEqual(['2026-04-08', '2026-04-11']);
      expect(skipped.map((s) => [s.date, s.holiday, s.excusedPersonIds])).toEqual([
        ['2026-04-06', 'Ostermontag', ['p1']],
      ]);
    }
  });

  it('creates shifts only on opening days and names the others, apart from holiday losses', () => {
    const sundayCafe: TemplateShift = { ...template[1]!, id: 't-so', weekday: 7, regularIds: ['p4'] };
    const saturdayOnly = planWeekFromTemplate([...template, sundayCafe], w48, { openingDays: [6, 7] });
    expect(saturdayOnly.planned.map((p) => p.id)).toEqual(['t-sa@2026-11-28', 't-so@2026-11-29']);
    expect(saturdayOnly.notOpen).toEqual([
      { id: 't-fr@2026-11-23', date: '2026-11-23', weekday: 1 },
      { id: 't-mi@2026-11-25', date: '2026-11-25', weekday: 3 },
    ]);
    expect(saturdayOnly.skipped).toEqual([]);
    // Buß- und Bettag (Wednesday, Saxony) on a day the house is closed anyway is no holiday loss.
    const week = { year: 2026, week: 47 };
    const closedWednesday = planWeekFromTemplate(template, week, {
      holidays: publicHolidaysInWeek('SN', week),
      openingDays: [1, 2, 4, 5, 6],
    });
    expect(closedWednesday.skipped).toEqual([]);
    expect(closedWednesday.notOpen.map((s) => s.id)).toEqual(['t-mi@2026-11-18']);
  });

  it('keeps wall-clock times in weeks where the clocks change, and their real length follows DST', () => {
    const sunday: TemplateShift = { ...template[0]!, id: 't-so', weekday: 7, start: '01:00', end: '04:00' };
    // Spring forward: Sunday 29 March 2026, 02:00 → 03:00 in Europe/Berlin.
    const spring = planWeekFromTemplate([template[0]!, sunday], { year: 2026, week: 13 }).planned;
    expect(spring.map((p) => [p.input.date, p.input.start, p.input.end])).toEqual([
      ['2026-03-23', '08:00', '10:30'],
      ['2026-03-29', '01:00', '04:00'],
    ]);
    expect(shiftIntervalOf(spring[0]!.input, 'Europe/Berlin').minutes).toBe(150);
    expect(shiftIntervalOf(spring[1]!.input, 'Europe/Berlin').minutes).toBe(120);
    expect(shiftIntervalOf(spring[1]!.input, 'Europe/Berlin').start.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    // Fall back: Sunday 25 October 2026, 03:00 → 02:00.
    const autumn = planWeekFromTemplate([sunday], { year: 2026, week: 43 }).planned;
    expect(autumn[0]!.input.date).toBe('2026-10-25');
    expect(shiftIntervalOf(autumn[0]!.input, 'Europe/Berlin').minutes).toBe(240);
    // The weekday after the change is back to its usual offset (UTC+1 in winter).
    const monday = planWeekFromTemplate([template[0]!], { year: 2026, week: 44 }).planned[0]!;
    expect(shiftIntervalOf(monday.input, 'Europe/Berlin').start.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });
});

describe('applyTemplate', () => {
  it('fills a week with its regulars, and applying twice adds nothing', () => {
    const doc = new Y.Doc();
    const options = { center: 'demo', week: w48, template, now: 1000, origin: 'seed' };
    expect(applyTemplate(doc, options)).toEqual({ added: 3, skipped: [], notOpen: [] });
    expect(applyTemplate(doc, options)).toEqual({ added: 0, skipped: [], notOpen: [] });
    const plan = readWeek(doc);
    expect(plan.meta?.week).toBe('2026-W48');
    expect(plan.meta?.status).toBe('draft');
    expect(plan.shifts.map((s) => s.assigned)).toEqual([['p1'], ['p2', 'p3'], []]);
  });

  it('does not put regulars back on a shift someone edited since', () => {
    const doc = new Y.Doc();
    const options = { center: 'demo', week: w48, template, now: 1000, origin: 'seed' };
    applyTemplate(doc, options);
    const before = Y.encodeStateAsUpdate(doc);
    applyTemplate(doc, options);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('planWeekFromCopy', () => {
  function sourceWeek() {
    const doc = new Y.Doc();
    applyTemplate(doc, { center: 'demo', week: w48, template, now: 1, origin: 'seed' });
    return doc;
  }

  it('copies to the same weekdays with the same ids as a template would give', () => {
    const next = { year: 2026, week: 49 };
    const source = readWeek(sourceWeek()).shifts;
    const copy = planWeekFromCopy(source, next, { withPeople: true });
    expect(copy.planned.map((p) => [p.id, p.input.date, p.personIds])).toEqual([
      ['t-fr@2026-11-30', '2026-11-30', ['p1']],
      ['t-mi@2026-12-02', '2026-12-02', ['p2', 'p3']],
      ['t-sa@2026-12-05', '2026-12-05', []],
    ]);
    expect(planWeekFromTemplate(template, next).planned.map((p) => p.id)).toEqual(copy.planned.map((p) => p.id));
    expect(planWeekFromCopy(source, next, { withPeople: false }).planned.every((p) => p.personIds.length === 0)).toBe(
      true,
    );
  });

  it('leaves out called-off shifts and the new week’s holidays', () => {
    const doc = sourceWeek();
    closeDay(doc, '2026-11-28', 'Betriebsausflug', 'test');
    const source = readWeek(doc).shifts;
    const copy = planWeekFromCopy(
      source,
      { year: 2026, week: 49 },
      { withPeople: true, holidays: { '2026-11-30': 'Test' } },
    );
    expect(copy.planned.map((p) => p.id)).toEqual(['t-mi@2026-12-02']);
    expect(copy.skipped).toEqual([
      { id: 't-fr@2026-11-30', date: '2026-11-30', holiday: 'Test', excusedPersonIds: ['p1'] },
    ]);
  });

  it('copies only onto opening days', () => {
    const source = readWeek(sourceWeek()).shifts;
    const copy = planWeekFromCopy(source, { year: 2026, week: 49 }, { withPeople: false, openingDays: [1, 3] });
    expect(copy.planned.map((p) => p.id)).toEqual(['t-fr@2026-11-30', 't-mi@2026-12-02']);
    expect(copy.notOpen).toEqual([{ id: 't-sa@2026-12-05', date: '2026-12-05', weekday: 6 }]);
  });

  it('leaves out the shifts of archived areas, from a copy and from the template alike', () => {
    const source = readWeek(sourceWeek()).shifts;
    const next = { year: 2026, week: 49 };
    const copy = planWeekFromCopy(source, next, { withPeople: false, archivedAreaIds: ['cafe'] });
    expect(copy.planned.map((p) => p.id)).toEqual(['t-fr@2026-11-30']);
    const fromTemplate = planWeekFromTemplate(template, next, { archivedAreaIds: ['cafe'] });
    expect(fromTemplate.planned.map((p) => p.id)).toEqual(['t-fr@2026-11-30']);
  });

  it('is idempotent when applied twice', () => {
    const target = new Y.Doc();
    const draft = planWeekFromCopy(readWeek(sourceWeek()).shifts, { year: 2026, week: 49 }, { withPeople: true });
    const options = { center: 'demo', week: { year: 2026, week: 49 }, now: 5, origin: 'copy' };
    expect(applyPlan(target, draft, options).added).toBe(3);
    const state = Y.encodeStateAsUpdate(target);
    expect(applyPlan(target, draft, options).added).toBe(0);
    expect(Y.encodeStateAsUpdate(target)).toEqual(state);
  });

  it('derives the new id from the base id, also for copies of copies', () => {
    expect(shiftIdForDate('abc', '2026-12-01')).toBe('abc@2026-12-01');
    expect(shiftIdForDate('abc@2026-11-24', '2026-12-01')).toBe('abc@2026-12-01');
    expect(shiftIdForDate('x@y@2026-11-24', '2026-12-01')).toBe('x@y@2026-12-01');
  });

  it('cuts a long base id so the new id stays a valid shift key, the same way every time', () => {
    const long = `s-${'a'.repeat(62)}`;
    expect(isShiftKey(long)).toBe(true);
    const planned = shiftIdForDate(long, '2026-12-01');
    expect(planned).toBe(`s-${'a'.repeat(51)}@2026-12-01`);
    expect(isShiftKey(planned)).toBe(true);
    expect(shiftIdForDate(planned, '2026-12-08')).toBe(`s-${'a'.repeat(51)}@2026-12-08`);
  });
});

describe('template document', () => {
  it('stores each weekday on the reference week and reads back the same template', () => {
    expect(templateDateOf(1)).toBe('2001-01-01');
    expect(templateDateOf(7)).toBe('2001-01-07');
    const doc = new Y.Doc();
    writeTemplateDoc(doc, { center: 'demo', template, now: 1, origin: 'import' });
    expect(readWeek(doc).meta).toMatchObject({ kind: 'template', status: 'published', week: '2001-W01' });
    expect(readTemplateDoc(doc)).toEqual(template);
  });
});
