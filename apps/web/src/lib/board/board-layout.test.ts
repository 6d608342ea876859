import type { Shift } from '@schichtbrett/domain';
import { datesOfIsoWeek } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_AREA_ID, boardLayout } from './board-layout';

const week = datesOfIsoWeek({ year: 2026, week: 48 });
const MON_SAT = [1, 2, 3, 4, 5, 6] as const;
const areas = [
  { id: 'cafe', name: 'Café', color: '#b45309' },
  { id: 'kinder', name: 'Kinderbetreuung', color: '#be185d' },
];

function shift(id: string, date: string, areaId: string, start = '09:00'): Shift {
  return { id, areaId, date, start, end: '12:00', needed: 2, notes: '', assigned: [] };
}

describe('boardLayout', () => {
  it('shows Monday to Saturday and puts shifts into their cells', () => {
    const layout = boardLayout(
      week,
      areas,
      [shift('a', '2026-11-23', 'cafe'), shift('b', '2026-11-23', 'cafe', '14:00')],
      MON_SAT,
    );
    expect(layout.days).toEqual(week.slice(0, 6));
    expect(layout.rows.map((row) => row.areaId)).toEqual(['cafe', 'kinder']);
    expect(layout.cell('2026-11-23', 'cafe').map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(layout.cell('2026-11-24', 'cafe')).toEqual([]);
    expect(layout.countOn('2026-11-23')).toBe(2);
  });

  it('adds a day the center is closed only when a shift falls on it, and marks it', () => {
    const layout = boardLayout(week, areas, [shift('s', '2026-11-29', 'kinder')], MON_SAT);
    expect(layout.days).toHaveLength(7);
    expect([...layout.closedDays]).toEqual(['2026-11-29']);
  });

  it('follows the opening days: a Sunday café shows Sunday, a Saturday-only market only Saturday', () => {
    const withSunday = boardLayout(week, areas, [], [1, 2, 3, 4, 5, 7]);
    expect(withSunday.days).toEqual([...week.slice(0, 5), '2026-11-29']);
    expect(withSunday.closedDays.size).toBe(0);
    const saturdayOnly = boardLayout(week, areas, [shift('m', '2026-11-24', 'cafe')], [6]);
    // The Tuesday shift from before the change stays visible, on a day marked as closed.
    expect(saturdayOnly.days).toEqual(['2026-11-24', '2026-11-28']);
    expect([...saturdayOnly.closedDays]).toEqual(['2026-11-24']);
  });

  it('keeps shifts of an unknown area in an extra row instead of hiding them', () => {
    const layout = boardLayout(week, areas, [shift('x', '2026-11-25', 'gone')], MON_SAT);
    expect(layout.rows.at(-1)).toEqual({ areaId: UNKNOWN_AREA_ID, area: null });
    expect(layout.cell('2026-11-25', UNKNOWN_AREA_ID).map((entry) => entry.id)).toEqual(['x']);
  });
});
