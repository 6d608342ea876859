import { describe, expect, it } from 'vitest';
import type { PeopleContext, PersonWeekContext } from './people-context';
import type { Shift } from './shift';
import {
  addWorkloads,
  rankCandidates,
  recordedWorkloadOf,
  workloadOf,
  type Candidate,
  type Workload,
} from './suggestions';

const TZ = 'Europe/Berlin';

// Monday 2026-11-23, Café, 09:00–12:00.
const gap: Shift = {
  id: 'gap',
  areaId: 'cafe',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  needed: 2,
  notes: '',
  assigned: [],
};

const person = (personId: string, patch: Partial<PersonWeekContext> = {}): PersonWeekContext => ({
  personId,
  qualifications: [],
  absences: [],
  availability: [],
  ...patch,
});

const candidates = (...ids: string[]): Candidate[] => ids.map((id) => ({ personId: id, name: id }));

function rank(options: {
  people?: PersonWeekContext[];
  requirements?: PeopleContext['requirements'];
  ids: string[];
  weekShifts?: Shift[];
  workloads?: Record<string, Workload>;
  shift?: Shift;
}): string[] {
  return rankCandidates({
    shift: options.shift ?? gap,
    candidates: candidates(...options.ids),
    context: { week: '2026-W48', requirements: options.requirements ?? {}, people: options.people ?? [] },
    weekShifts: options.weekShifts ?? [],
    workloads: new Map(Object.entries(options.workloads ?? {})),
  }).map((s) => s.personId);
}

const mondayMorning = [{ weekday: 1 as const, kind: 'part-of-day' as const, part: 'vormittags' as const }];
const tuesdayOnly = [{ weekday: 2 as const, kind: 'part-of-day' as const, part: 'vormittags' as const }];

describe('rankCandidates', () => {
  it('orders otherwise equal people by name', () => {
    expect(rank({ ids: ['carla', 'anna', 'ben'] })).toEqual(['anna', 'ben', 'carla']);
  });

  it('leaves out whoever is on the shift already', () => {
    expect(rank({ ids: ['anna', 'ben'], shift: { ...gap, assigned: ['anna'] } })).toEqual(['ben']);
  });

  it('qualified: leaves out people missing a Nachweis the area requires', () => {
    const people = [person('anna'), person('ben', { qualifications: [{ kind: 'hygiene', validUntil: null }] })];
    expect(rank({ ids: ['anna', 'ben'], people })).toEqual(['anna', 'ben']);
    expect(rank({ ids: ['anna', 'ben'], people, requirements: { cafe: ['hygiene'] } })).toEqual(['ben']);
  });

  it('qualified: an expired Nachweis does not count', () => {
    const people = [person('anna', { qualifications: [{ kind: 'hygiene', validUntil: '2026-11-22' }] })];
    expect(rank({ ids: ['anna'], people, requirements: { cafe: ['hygiene'] } })).toEqual([]);
  });

  it('not absent: leaves out people away that day', () => {
    const people = [person('anna', { absences: [{ from: '2026-11-20', to: '2026-11-23' }] })];
    expect(rank({ ids: ['anna', 'ben'], people })).toEqual(['ben']);
  });

  it('not overlapping: leaves out people on an overlapping shift, not on a back-to-back one', () => {
    const clash: Shift = { ...gap, id: 'clash', areaId: 'kitchen', start: '11:00', end: '14:00', assigned: ['anna'] };
    const after: Shift = { ...gap, id: 'after', areaId: 'kitchen', start: '12:00', end: '14:00', assigned: ['ben'] };
    expect(rank({ ids: ['anna', 'ben'], weekShifts: [gap, clash, after] })).toEqual(['ben']);
    expect(rank({ ids: ['anna', 'ben'], weekShifts: [gap, { ...clash, cancelled: 'zu' }, after] })).toEqual([
      'anna',
      'ben',
    ]);
  });

  it('available: people whose slots cover the shift come first, unknown next, not fitting last', () => {
    const people = [person('anna', { availability: tuesdayOnly }), person('carla', { availability: mondayMorning })];
    expect(rank({ ids: ['anna', 'ben', 'carla'], people })).toEqual(['carla', 'ben', 'anna']);
  });

  it('fairness: fewer hours in the last four weeks come first among equally available people', () => {
    const workloads = { anna: { shifts: 3, minutes: 540 }, ben: { shifts: 1, minutes: 180 } };
    expect(rank({ ids: ['anna', 'ben', 'carla'], workloads })).toEqual(['carla', 'ben', 'anna']);
  });

  it('availability outranks fairness', () => {
    const people = [person('anna', { availability: mondayMorning })];
    const workloads = { anna: { shifts: 5, minutes: 900 } };
    expect(rank({ ids: ['anna', 'ben'], people, workloads })).toEqual(['anna', 'ben']);
  });

  it('carries the facts for the reason: slots of the day and the workload', () => {
    const [first] = rankCandidates({
      shift: gap,
      candidates: candidates('anna'),
      context: { week: '2026-W48', requirements: {}, people: [person('anna', { availability: mondayMorning })] },
      weekShifts: [],
      workloads: new Map([['anna', { shifts: 2, minutes: 360 }]]),
    });
    expect(first).toEqual({
      personId: 'anna',
      availability: { kind: 'fits', slots: [{ weekday: 1, start: '06:00', end: '12:00', part: 'vormittags' }] },
      workload: { shifts: 2, minutes: 360 },
    });
  });
});

describe('workloadOf', () => {
  it('counts shifts and real minutes per person, not called-off shifts', () => {
    const workloads = workloadOf(
      [
        { ...gap, assigned: ['anna', 'ben'] },
        { ...gap, date: '2026-11-24', start: '14:00', end: '16:30', assigned: ['anna'] },
        { ...gap, date: '2026-11-25', assigned: ['anna'], cancelled: 'zu' },
      ],
      TZ,
    );
    expect(Object.fromEntries(workloads)).toEqual({
      anna: { shifts: 2, minutes: 330 },
      ben: { shifts: 1, minutes: 180 },
    });
  });

  it('does not count a shift of someone away that day', () => {
    const absences = [{ personId: 'anna', from: '2026-11-23', to: '2026-11-23' }];
    const workloads = workloadOf([{ ...gap, assigned: ['anna', 'ben'] }], TZ, { absences });
    expect(Object.fromEntries(workloads)).toEqual({ ben: { shifts: 1, minutes: 180 } });
  });

  it('counts a shift across the autumn DST change in real minutes', () => {
    // 2026-10-25: clocks go back at 03:00, so 01:00–05:00 lasts five hours.
    const workloads = workloadOf(
      [{ ...gap, date: '2026-10-25', start: '01:00', end: '05:00', assigned: ['anna'] }],
      TZ,
    );
    expect(workloads.get('anna')).toEqual({ shifts: 1, minutes: 300 });
  });
});

describe('recordedWorkloadOf', () => {
  const recorded = (id: string, date: string, cancelled: string | null = null) => ({
    id,
    date,
    start: '09:00',
    end: '12:00',
    cancelled,
  });
  const row = (shiftId: string, personId: string, status: 'present' | 'no-show' | 'stand-in', actualEnd?: string) => ({
    shiftId,
    personId,
    status,
    actualStart: null,
    actualEnd: actualEnd ?? null,
  });

  it('counts what people did: present and stand-ins with their real times, no no-shows, no called-off shifts', () => {
    const workloads = recordedWorkloadOf(
      [recorded('mon', '2026-11-16'), recorded('tue', '2026-11-17'), recorded('wed', '2026-11-18', 'zu')],
      [
        row('mon', 'anna', 'present'),
        row('mon', 'ben', 'no-show'),
        row('mon', 'carla', 'stand-in', '10:30'),
        row('tue', 'anna', 'present', '11:00'),
        row('wed', 'anna', 'present'),
      ],
      TZ,
    );
    expect(Object.fromEntries(workloads)).toEqual({
      anna: { shifts: 2, minutes: 300 },
      carla: { shifts: 1, minutes: 90 },
    });
  });
});

describe('addWorkloads', () => {
  it('adds the periods up per person', () => {
    const sum = addWorkloads(
      new Map([['anna', { shifts: 1, minutes: 180 }]]),
      new Map([
        ['anna', { shifts: 4, minutes: 720 }],
        ['ben', { shifts: 1, minutes: 60 }],
      ]),
    );
    expect(Object.fromEntries(sum)).toEqual({ anna: { shifts: 5, minutes: 900 }, ben: { shifts: 1, minutes: 60 } });
  });
});
