import { describe, expect, it } from 'vitest';
import { holidayLosses, planOutcomeLines } from './plan-outcome';

const skipped = [
  { id: 'a@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: ['p1', 'p2'] },
  { id: 'b@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: ['p2', 'p3'] },
  { id: 'c@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: [] },
];

describe('planOutcomeLines', () => {
  it('says how many shifts were created and what each holiday took out', () => {
    expect(planOutcomeLines({ added: 37, skipped }, 'template')).toEqual([
      '37 Schichten angelegt.',
      'Feiertag Buß- und Bettag: 3 Schichten entfallen, 3 Stammkräfte entschuldigt.',
    ]);
  });

  it('speaks of people, not regulars, for a copied week, and leaves out nobody excused', () => {
    expect(planOutcomeLines({ added: 1, skipped: skipped.slice(0, 1) }, 'previous-week')).toEqual([
      '1 Schicht angelegt.',
      'Feiertag Buß- und Bettag: 1 Schicht entfällt, 2 Personen entschuldigt.',
    ]);
    expect(planOutcomeLines({ added: 0, skipped: skipped.slice(2) }, 'template')).toEqual([
      'Keine neuen Schichten: Alle gab es schon in dieser Woche.',
      'Feiertag Buß- und Bettag: 1 Schicht entfällt.',
    ]);
  });

  it('orders holidays by date', () => {
    const two = [
      { id: 'x', date: '2026-12-26', holiday: '2. Weihnachtstag', excusedPersonIds: [] },
      { id: 'y', date: '2026-12-25', holiday: '1. Weihnachtstag', excusedPersonIds: ['p1'] },
    ];
    expect(holidayLosses(two).map((loss) => loss.holiday)).toEqual(['1. Weihnachtstag', '2. Weihnachtstag']);
  });
});
