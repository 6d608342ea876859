import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { datesOfIsoWeek } from './iso-week';
import {
  fitForShift,
  fitForWeek,
  peopleContextOf,
  peopleContextSchema,
  qualificationsForWeek,
  warningContextOf,
  type PeopleContext,
} from './people-context';
import type { Shift } from './shift';
import { warningsOfWeek } from './shift-warnings';

// 2026-W48: Monday 2026-11-23 … Sunday 2026-11-29.
const WEEK = datesOfIsoWeek({ year: 2026, week: 48 });

const context: PeopleContext = {
  week: '2026-W48',
  requirements: { cafe: ['hygiene'] },
  people: [
    {
      personId: 'anna',
      qualifications: [{ kind: 'hygiene', validUntil: null }],
      absences: [],
      availability: [{ weekday: 1, kind: 'part-of-day', part: 'vormittags' }],
    },
    {
      personId: 'olga',
      qualifications: [{ kind: 'hygiene', validUntil: '2026-11-22' }],
      absences: [{ from: '2026-11-26', to: '2026-12-12', reason: 'Urlaub' }],
      availability: [],
    },
  ],
};

const shift = (patch: Partial<Shift>): Shift => ({
  id: 'a',
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:30',
  end: '12:00',
  needed: 3,
  notes: '',
  assigned: [],
  ...patch,
});

describe('qualificationsForWeek', () => {
  it('keeps the longest-lasting record per kind and clips its last day to the week', () => {
    expect(
      qualificationsForWeek(
        [
          { kind: 'hygiene', validUntil: '2026-01-01' },
          { kind: 'hygiene', validUntil: '2028-05-01' },
          { kind: 'fuehrungszeugnis', validUntil: '2026-11-25' },
          { kind: 'fuehrerschein', validUntil: null },
        ],
        WEEK,
      ),
    ).toEqual([
      { kind: 'fuehrungszeugnis', validUntil: '2026-11-25' },
      { kind: 'hygiene', validUntil: null },
      { kind: 'fuehrerschein', validUntil: null },
    ]);
  });

  it('says a record ran out before the week without saying when', () => {
    expect(qualificationsForWeek([{ kind: 'fuehrungszeugnis', validUntil: '2019-03-04' }], WEEK)).toEqual([
      { kind: 'fuehrungszeugnis', validUntil: '2026-11-22' },
    ]);
  });
});

describe('warningContextOf', () => {
  it('feeds the warning rules: expired Nachweis and absence with its last day and reason', () => {
    const warnings = warningsOfWeek(
      [
        shift({ id: 'mon', assigned: ['anna', 'olga', 'nobody'] }),
        shift({ id: 'thu', date: '2026-11-26', assigned: ['olga'] }),
      ],
      warningContextOf(context),
    );
    expect(warnings.get('mon')).toEqual([
      { kind: 'missing-qualification', personId: 'olga', qualification: 'hygiene', expired: true },
      { kind: 'missing-qualification', personId: 'nobody', qualification: 'hygiene', expired: false },
    ]);
    expect(warnings.get('thu')).toContainEqual({
      kind: 'absent',
      personId: 'olga',
      regular: false,
      until: '2026-12-12',
      reason: 'Urlaub',
    });
  });
});

describe('fitForShift', () => {
  it('names the slots of the day and whether they cover the shift', () => {
    expect(fitForShift(context, 'anna', shift({}))).toEqual({
      absence: null,
      missing: [],
      availability: {
        kind: 'fits',
        slots: [{ weekday: 1, start: '06:00', end: '12:00', part: 'vormittags' }],
      },
    });
    expect(fitForShift(context, 'anna', shift({ start: '14:00', end: '17:00' })).availability.kind).toBe(
      'does-not-fit',
    );
    expect(fitForShift(context, 'anna', shift({ date: '2026-11-24' })).availability).toEqual({
      kind: 'does-not-fit',
      slots: [],
    });
  });

  it('reports the absence of the day and the Nachweise the area lacks', () => {
    expect(fitForShift(context, 'olga', shift({ date: '2026-11-27' }))).toEqual({
      absence: { from: '2026-11-26', to: '2026-12-12', reason: 'Urlaub' },
      missing: [{ kind: 'hygiene', expired: true }],
      availability: { kind: 'unknown' },
    });
    expect(fitForShift(context, 'olga', shift({ areaId: 'waesche', date: '2026-11-25' }))).toEqual({
      absence: null,
      missing: [],
      availability: { kind: 'unknown' },
    });
  });

  it('treats someone the context does not list as holding nothing', () => {
    expect(fitForShift(context, 'ben', shift({})).missing).toEqual([{ kind: 'hygiene', expired: false }]);
  });
});

describe('fitForWeek', () => {
  it('gives the first absence touching the week and every slot in weekday order', () => {
    expect(fitForWeek(context, 'olga')).toEqual({
      absence: { from: '2026-11-26', to: '2026-12-12', reason: 'Urlaub' },
      slots: [],
    });
    expect(fitForWeek(context, 'anna').slots).toHaveLength(1);
    expect(fitForWeek(context, 'ben')).toEqual({ absence: null, slots: [] });
  });
});

describe('peopleContextSchema', () => {
  it('accepts a context and refuses a malformed date', () => {
    expect(v.safeParse(peopleContextSchema, context).success).toBe(true);
    const broken = {
      ...context,
      people: [{ ...context.people[1], absences: [{ from: '26.11.2026', to: '2026-12-12' }] }],
    };
    expect(v.safeParse(peopleContextSchema, broken).success).toBe(false);
  });
});

describe('peopleContextOf', () => {
  it('merges what the server read per person, clips Nachweise and hides reasons when asked', () => {
    const sources = {
      week: '2026-W48',
      weekDates: WEEK,
      rules: {},
      records: [
        {
          personId: 'zora',
          records: [
            {
              kind: 'fuehrungszeugnis' as const,
              inspectedOn: '2026-01-10',
              certificateDate: '2026-01-02',
              result: 'mit-eintrag' as const,
            },
          ],
        },
        { personId: 'anna', records: [{ kind: 'hygiene' as const, date: '2025-06-01' }] },
      ],
      absences: [{ personId: 'olga', from: '2026-11-26', to: '2026-12-12', reason: 'Urlaub' }],
      availability: new Map([
        ['anna', [{ weekday: 1 as const, kind: 'part-of-day' as const, part: 'vormittags' as const }]],
      ]),
      requirements: new Map([['cafe', ['hygiene' as const]]]),
      withReasons: false,
    };
    expect(peopleContextOf(sources)).toEqual({
      week: '2026-W48',
      requirements: { cafe: ['hygiene'] },
      people: [
        {
          personId: 'anna',
          qualifications: [{ kind: 'hygiene', validUntil: null }],
          absences: [],
          availability: [{ weekday: 1, kind: 'part-of-day', part: 'vormittags' }],
        },
        {
          personId: 'olga',
          qualifications: [],
          absences: [{ from: '2026-11-26', to: '2026-12-12' }],
          availability: [],
        },
      ],
    });
    expect(peopleContextOf({ ...sources, withReasons: true }).people[1]?.absences[0]?.reason).toBe('Urlaub');
  });
});
