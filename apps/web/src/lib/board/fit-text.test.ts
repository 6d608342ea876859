import { describe, expect, it } from 'vitest';
import { fitRank, shiftFitText, slotsText, weekFitText } from './fit-text';
import { warningText } from './warning-text';

const morning = { weekday: 1 as const, start: '06:00', end: '12:00', part: 'vormittags' as const };

describe('fit texts (German)', () => {
  it('words the slots of a day and says when they fit', () => {
    expect(
      shiftFitText({ absence: null, missing: [], availability: { kind: 'fits', slots: [morning] } }, '2026-11-23'),
    ).toEqual({
      text: 'verfügbar Mo vormittags',
      tone: 'fits',
    });
    expect(
      shiftFitText(
        { absence: null, missing: [], availability: { kind: 'does-not-fit', slots: [morning] } },
        '2026-11-23',
      ),
    ).toEqual({ text: 'nur Mo vormittags', tone: 'caution' });
    expect(
      shiftFitText({ absence: null, missing: [], availability: { kind: 'does-not-fit', slots: [] } }, '2026-11-24'),
    ).toEqual({
      text: 'Di nicht verfügbar',
      tone: 'caution',
    });
    expect(shiftFitText({ absence: null, missing: [], availability: { kind: 'unknown' } }, '2026-11-24')).toBeNull();
  });

  it('puts an absence and lacking Nachweise first', () => {
    expect(
      shiftFitText(
        {
          absence: { from: '2026-11-26', to: '2026-12-12', reason: 'Urlaub' },
          missing: [{ kind: 'hygiene', expired: true }],
          availability: { kind: 'unknown' },
        },
        '2026-11-26',
      ),
    ).toEqual({ text: 'abwesend bis 12.12. · Hygienebelehrung abgelaufen', tone: 'caution' });
  });

  it('groups a week of slots by what they say', () => {
    expect(
      slotsText([
        morning,
        { ...morning, weekday: 3 },
        { weekday: 2, start: '12:00', end: '17:00', part: 'nachmittags' },
        { weekday: 5, start: '14:00', end: '16:00', part: null },
      ]),
    ).toBe('Mo, Mi vormittags; Di nachmittags; Fr 14:00–16:00');
    expect(
      slotsText([
        morning,
        { weekday: 1, start: '12:00', end: '17:00', part: 'nachmittags' },
        { ...morning, weekday: 3 },
        { weekday: 3, start: '12:00', end: '17:00', part: 'nachmittags' },
      ]),
    ).toBe('Mo, Mi vormittags, nachmittags');
  });

  it('gives the panel an absence touching the week with its first day when it starts later', () => {
    expect(weekFitText({ absence: { from: '2026-11-26', to: '2026-12-04' }, slots: [morning] }, '2026-11-23')).toEqual({
      text: 'abwesend 26.11. bis 4.12.',
      tone: 'caution',
    });
    expect(weekFitText({ absence: { from: '2026-11-20', to: '2026-12-04' }, slots: [] }, '2026-11-23')?.text).toBe(
      'abwesend bis 4.12.',
    );
    expect(weekFitText({ absence: null, slots: [morning] }, '2026-11-23')?.text).toBe('verfügbar Mo vormittags');
    expect(weekFitText({ absence: null, slots: [] }, '2026-11-23')).toBeNull();
  });
});

describe('fitRank', () => {
  it('puts who fits first and cautions last', () => {
    const ranked = [
      { text: 'abwesend', tone: 'caution' as const },
      null,
      { text: 'verfügbar', tone: 'fits' as const },
    ].sort((a, b) => fitRank(a) - fitRank(b));
    expect(ranked.map((fit) => fit?.tone ?? null)).toEqual(['fits', null, 'caution']);
  });
});

describe('warning texts for the people context', () => {
  const context = {
    people: [{ id: 'p1', displayName: 'Olga P.', initials: 'OP' }],
    areas: [],
    shiftById: () => undefined,
  };

  it('tells an expired Nachweis from a missing one, and an absence with its end and reason', () => {
    expect(
      warningText({ kind: 'missing-qualification', personId: 'p1', qualification: 'hygiene', expired: true }, context),
    ).toBe('Olga P.: Hygienebelehrung abgelaufen');
    expect(
      warningText({ kind: 'missing-qualification', personId: 'p1', qualification: 'hygiene', expired: false }, context),
    ).toBe('Olga P.: Hygienebelehrung fehlt');
    expect(
      warningText({ kind: 'absent', personId: 'p1', regular: false, until: '2026-12-12', reason: 'Urlaub' }, context),
    ).toBe('Olga P. ist abwesend (Urlaub bis 12.12.)');
    expect(warningText({ kind: 'absent', personId: 'p1', regular: false, until: '2026-12-12' }, context)).toBe(
      'Olga P. ist abwesend (bis 12.12.)',
    );
  });
});
