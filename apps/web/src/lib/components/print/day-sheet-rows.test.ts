import type { Shift } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { daySheetAreas } from './day-sheet-rows';

const areas = [
  { id: 'cafe', name: 'Café', color: '#c00' },
  { id: 'kleider', name: 'Kleiderkammer', color: '#0c0' },
  { id: 'empty', name: 'Ohne Schicht', color: '#00c' },
];
const people = [
  { id: 'p1', displayName: 'Ulrike K.', initials: 'UK' },
  { id: 'p2', displayName: 'Ahmad S.', initials: 'AS' },
];

function shift(overrides: Partial<Shift>): Shift {
  return {
    id: 's',
    areaId: 'cafe',
    date: '2026-11-23',
    start: '09:00',
    end: '12:00',
    needed: 2,
    notes: '',
    assigned: [],
    ...overrides,
  };
}

describe('daySheetAreas', () => {
  it('groups the day in the center’s area order, with names and a line per open place', () => {
    const sheet = daySheetAreas(
      '2026-11-23',
      [
        shift({ id: 'k1', areaId: 'kleider', start: '08:00', end: '10:00', needed: 1, assigned: ['p2'] }),
        shift({
          id: 'c1',
          assigned: ['p1', 'gone'],
          needed: 3,
          notes: 'Kuchen mitbringen',
          standIn: [{ personId: 'gone', since: 1 }],
        }),
        shift({ id: 'other-day', date: '2026-11-24' }),
        shift({ id: 'x1', areaId: 'deleted-area', needed: 1 }),
      ],
      areas,
      people,
      'Unbekannt',
    );
    expect(sheet.map((group) => group.areaId)).toEqual(['cafe', 'kleider', 'deleted-area']);
    expect(sheet[0]?.shifts[0]).toMatchObject({
      id: 'c1',
      names: ['Ulrike K.', 'Unbekannt'],
      seekingStandIn: [false, true],
      openPlaces: 1,
      notes: 'Kuchen mitbringen',
    });
    expect(sheet[1]?.shifts[0]).toMatchObject({ id: 'k1', names: ['Ahmad S.'], openPlaces: 0, cancelled: null });
    expect(sheet[2]?.area).toBeNull();
  });

  it('asks for no names on a cancelled shift', () => {
    const [group] = daySheetAreas('2026-11-23', [shift({ cancelled: 'Feiertag' })], areas, people, '?');
    expect(group?.shifts[0]).toMatchObject({ openPlaces: 0, cancelled: 'Feiertag' });
  });

  it('strikes out who is away that day and gives their place a line to write in', () => {
    const [cafe] = daySheetAreas(
      '2026-11-23',
      [shift({ id: 'c1', assigned: ['p1', 'p2'] })],
      areas,
      people,
      'Unbekannt',
      { absences: [{ personId: 'p1', from: '2026-11-20', to: '2026-11-27', reason: 'Urlaub' }] },
    );
    expect(cafe?.shifts[0]).toMatchObject({ names: ['Ulrike K.', 'Ahmad S.'], absent: [true, false], openPlaces: 1 });
  });
});
