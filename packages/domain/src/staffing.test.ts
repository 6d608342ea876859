import { describe, expect, it } from 'vitest';
import type { Shift } from './shift';
import { openPlacesOf, staffing, staffingOf, type StaffingContext } from './staffing';

// Friday 2026-12-11, Café, needs two, Hygienebelehrung required.
const shift: Shift = {
  id: 'fri-cafe',
  areaId: 'cafe',
  date: '2026-12-11',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: ['karin', 'olga'],
};

const context: StaffingContext = {
  absences: [
    { personId: 'karin', from: '2026-12-07', to: '2026-12-11', reason: 'Urlaub' },
    { personId: 'ben', from: '2026-12-12', to: '2026-12-12' },
  ],
  requiredQualifications: (areaId) => (areaId === 'cafe' ? ['hygiene'] : []),
  qualificationsOf: (personId) =>
    personId === 'olga'
      ? [{ kind: 'hygiene', validUntil: '2026-11-30' }]
      : personId === 'ben'
        ? [{ kind: 'hygiene', validUntil: null }]
        : [],
};

describe('staffing', () => {
  it.each([
    [2, [], 'empty', 2],
    [2, ['a'], 'understaffed', 1],
    [2, ['a', 'b'], 'full', 0],
    [2, ['a', 'b', 'c'], 'overstaffed', 0],
  ] as const)('without context: needed %i with %j is %s', (needed, assigned, level, open) => {
    const plain = { areaId: 'kids', date: '2026-12-11', needed, assigned: [...assigned] };
    expect(staffingOf(plain)).toBe(level);
    expect(openPlacesOf(plain)).toBe(open);
  });

  it('an absent person holds no place; an unqualified one fills it but is named', () => {
    expect(staffing(shift, context)).toEqual({
      filling: ['olga'],
      absent: ['karin'],
      unqualified: ['olga'],
      open: 1,
      level: 'understaffed',
    });
  });

  it('counts absence only on the days it covers', () => {
    const saturday = { ...shift, date: '2026-12-12', assigned: ['karin', 'ben'] };
    expect(staffing(saturday, context)).toMatchObject({ filling: ['karin'], absent: ['ben'], open: 1 });
  });

  it('a third person on a place held by someone away makes the shift full, not overstaffed', () => {
    expect(staffing({ ...shift, assigned: ['karin', 'olga', 'ben'] }, context)).toMatchObject({
      filling: ['olga', 'ben'],
      open: 0,
      level: 'full',
    });
  });

  it('a called-off shift has no open places', () => {
    expect(staffing({ ...shift, cancelled: 'Feiertag' }, context).open).toBe(0);
  });
});
