import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTemplate, planWeekFromTemplate, type TemplateShift } from './template';
import { readWeek } from './week-doc';

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

describe('template', () => {
  it('places each entry on its weekday of the week', () => {
    const planned = planWeekFromTemplate(template, { year: 2026, week: 48 });
    expect(planned.map((p) => [p.id, p.input.date])).toEqual([
      ['t-fr@2026-11-23', '2026-11-23'],
      ['t-sa@2026-11-28', '2026-11-28'],
    ]);
  });

  it('fills a week with its regulars, and applying twice adds nothing', () => {
    const doc = new Y.Doc();
    const options = { center: 'demo', week: { year: 2026, week: 48 }, template, now: 1000, origin: 'seed' };
    expect(applyTemplate(doc, options)).toEqual({ added: 2 });
    expect(applyTemplate(doc, options)).toEqual({ added: 0 });
    const plan = readWeek(doc);
    expect(plan.meta?.week).toBe('2026-W48');
    expect(plan.shifts.map((s) => s.assigned)).toEqual([['p1'], []]);
  });
});
