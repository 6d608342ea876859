import { describe, expect, it } from 'vitest';
import type { TemplateShift } from '@schichtbrett/domain';
import { rowsOfTemplate, templateShiftsOfRows } from './template-rows';

const shift = (id: string, weekday: number, areaId = 'cafe'): TemplateShift => ({
  id,
  areaId,
  weekday,
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  regularIds: ['anna'],
});

describe('template rows', () => {
  it('round-trips the template through rows', () => {
    const template = [shift('a', 1), shift('b', 3)];
    const { rows } = rowsOfTemplate(template, new Set(['cafe']));
    expect(templateShiftsOfRows(rows.map((row) => ({ ...row, center_id: 1 })))).toEqual(template);
  });

  it('makes repeated ids unique and leaves out shifts of unknown areas', () => {
    const { rows, unknownAreaShiftIds } = rowsOfTemplate(
      [shift('a', 1), shift('a', 2), shift('a', 2), shift('x', 4, 'mars')],
      new Set(['cafe']),
    );
    expect(rows.map((row) => row.id)).toEqual(['a', 'a-2', 'a-2-2']);
    expect(unknownAreaShiftIds).toEqual(['x']);
  });

  it('reads malformed regulars as none', () => {
    const [row] = rowsOfTemplate([shift('a', 1)], new Set(['cafe'])).rows;
    expect(templateShiftsOfRows([{ ...row!, center_id: 1, regular_ids: '{kaputt' }])[0]?.regularIds).toEqual([]);
  });
});
