import { describe, expect, it } from 'vitest';
import type { Shift } from './shift';
import { warningsFor, warningsOfWeek } from './shift-warnings';

const base: Shift = {
  id: 'a',
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: [],
};

const shift = (patch: Partial<Shift>): Shift => ({ ...base, ...patch });

describe('warningsOfWeek', () => {
  it('flags a person on two overlapping shifts the same day, on both cards', () => {
    const warnings = warningsOfWeek([
      shift({ id: 'a', assigned: ['p1'] }),
      shift({ id: 'b', areaId: 'mittag', start: '11:30', end: '14:00', assigned: ['p1', 'p2'] }),
    ]);
    expect(warnings.get('a')).toEqual([{ kind: 'overlap', personId: 'p1', otherShiftId: 'b' }]);
    expect(warnings.get('b')).toEqual([{ kind: 'overlap', personId: 'p1', otherShiftId: 'a' }]);
  });

  it('does not flag back-to-back shifts, other days or called-off shifts', () => {
    const warnings = warningsOfWeek([
      shift({ id: 'a', assigned: ['p1'] }),
      shift({ id: 'b', start: '12:00', end: '14:00', assigned: ['p1'] }),
      shift({ id: 'c', date: '2026-11-24', assigned: ['p1'] }),
      shift({ id: 'd', start: '10:00', end: '11:00', assigned: ['p1'], cancelled: 'Ausflug' }),
    ]);
    expect(warnings.size).toBe(0);
  });

  it('flags more people than needed, with how many', () => {
    const warnings = warningsOfWeek([shift({ needed: 1, assigned: ['p1', 'p2', 'p3'] })]);
    expect(warnings.get('a')).toEqual([{ kind: 'over-staffed', extra: 2 }]);
    expect(warningsOfWeek([shift({ needed: 3, assigned: ['p1', 'p2', 'p3'] })]).size).toBe(0);
  });

  it('flags a missing or expired qualification the area requires', () => {
    const warnings = warningsOfWeek([shift({ needed: 3, assigned: ['p1', 'p2', 'p3'] })], {
      requiredQualifications: (areaId) => (areaId === 'cafe' ? ['hygiene'] : []),
      qualificationsOf: (personId) =>
        personId === 'p1'
          ? [{ kind: 'hygiene', validUntil: '2027-01-01' }]
          : personId === 'p2'
            ? [{ kind: 'hygiene', validUntil: '2026-11-22' }]
            : [],
    });
    expect(warnings.get('a')).toEqual([
      { kind: 'missing-qualification', personId: 'p2', qualification: 'hygiene', expired: true },
      { kind: 'missing-qualification', personId: 'p3', qualification: 'hygiene', expired: false },
    ]);
  });

  it('flags an absent person, and says when it is a regular', () => {
    const warnings = warningsOfWeek([shift({ assigned: ['p1', 'p2'] })], {
      absences: [
        { personId: 'p1', from: '2026-11-20', to: '2026-11-27', reason: 'Urlaub' },
        { personId: 'p2', from: '2026-11-24', to: '2026-11-30' },
      ],
      regularsOf: () => ['p1'],
    });
    expect(warnings.get('a')).toEqual([
      { kind: 'absent', personId: 'p1', regular: true, until: '2026-11-27', reason: 'Urlaub' },
    ]);
  });

  it('gives every shift without warnings the same empty list', () => {
    const warnings = warningsOfWeek([]);
    expect(warningsFor(warnings, 'x')).toBe(warningsFor(warnings, 'y'));
    expect(warningsFor(warnings, 'x')).toEqual([]);
  });
});
