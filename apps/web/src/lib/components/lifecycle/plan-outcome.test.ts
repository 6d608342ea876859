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

  it('names the days the center is not open, once each, in weekday order', () => {
    const notOpen = [
      { id: 'c@2026-11-29', date: '2026-11-29', weekday: 7 as const },
      { id: 'm@2026-11-23', date: '2026-11-23', weekday: 1 as const },
      { id: 'k@2026-11-30', date: '2026-11-30', weekday: 1 as const },
    ];
    expect(planOutcomeLines({ added: 4, skipped: [], notOpen }, 'template')).toEqual([
      '4 Schichten angelegt.',
      '3 Schichten liegen auf Tagen, an denen das Haus nicht geöffnet hat (Montag, Sonntag), und wurden nicht angelegt.',
    ]);
    expect(planOutcomeLines({ added: 0, skipped: [], notOpen: notOpen.slice(0, 1) }, 'template')[1]).toBe(
      '1 Schicht liegt auf einem Tag, an dem das Haus nicht geöffnet hat (Sonntag), und wurde nicht angelegt.',
    );
  });

  it('orders holidays by date', () => {
    const two = [
      { id: 'x', date: '2026-12-26', holiday: '2. Weihnachtstag', excusedPersonIds: [] },
      { id: 'y', date: '2026-12-25', holiday: '1. Weihnachtstag', excusedPersonIds: ['p1'] },
    ];
    expect(holidayLosses(two).map((loss) => loss.holiday)).toEqual(['1. Weihnachtstag', '2. Weihnachtstag']);
  });
});
