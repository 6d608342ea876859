import type { Shift } from '@schichtbrett/domain';
import { datesOfIsoWeek } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_AREA_ID, boardLayout } from './board-layout';

const week = datesOfIsoWeek({ year: 2026, week: 48 });
const areas = [
  { id: 'cafe', name: 'Café', color: '#b45309' },
  { id: 'kinder', name: 'Kinderbetreuung', color: '#be185d' },
];

function shift(id: string, date: string, areaId: string, start = '09:00'): Shift {
  return { id, areaId, date, start, end: '12:00', needed: 2, notes: '', assigned: [] };
}

describe('boardLayout', () => {
  it('shows Monday to Saturday and puts shifts into their cells', () => {
    const layout = boardLayout(week, areas, [
      shift('a', '2026-11-23', 'cafe'),
      shift('b', '2026-11-23', 'cafe', '14:00'),
    ]);
    expect(layout.days).toEqual(week.slice(0, 6));
    expect(layout.rows.map((row) => row.areaId)).toEqual(['cafe', 'kinder']);
    expect(layout.cell('2026-11-23', 'cafe').map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(layout.cell('2026-11-24', 'cafe')).toEqual([]);
    expect(layout.countOn('2026-11-23')).toBe(2);
  });

  it('adds Sunday only when a shift falls on it', () => {
    expect(boardLayout(week, areas, [shift('s', '2026-11-29', 'kinder')]).days).toHaveLength(7);
  });

  it('keeps shifts of an unknown area in an extra row instead of hiding them', () => {
    const layout = boardLayout(week, areas, [shift('x', '2026-11-25', 'gone')]);
    expect(layout.rows.at(-1)).toEqual({ areaId: UNKNOWN_AREA_ID, area: null });
    expect(layout.cell('2026-11-25', UNKNOWN_AREA_ID).map((entry) => entry.id)).toEqual(['x']);
  });
});
