/**
 * Who could close a gap (issue 6): the people of the center ranked by fit for one shift. People who may
 * not take it (away that day, missing a required Nachweis, on an overlapping shift, already on it) are
 * left out, because the assignment would refuse them anyway; the rest are ordered by recorded
 * availability (fits, not given, does not fit), then by fewest hours in the last four weeks (fairness),
 * then by name. Each suggestion carries the facts the UI words as its reason.
 */
import type { AttendanceStatus } from './attendance';
import { workedMinutes, type RecordedShift } from './hours-report';
import { fitForShift, type AvailabilityFit, type PeopleContext } from './people-context';
import type { Shift } from './shift';
import { shiftIntervalOf } from './shift-time';
import { staffing, type StaffingContext } from './staffing';

/** What a person did in the period fairness looks at. */
export interface Workload {
  shifts: number;
  minutes: number;
}

export const NO_WORK: Workload = Object.freeze({ shifts: 0, minutes: 0 });

/**
 * Shifts and real minutes (DST included) per person over the given shifts; called-off shifts do not
 * count, nor does a shift of someone away that day (`context`, staffing.ts). The caller picks the period
 * (the four weeks before the gap's week).
 */
export function workloadOf(
  shifts: readonly Pick<Shift, 'areaId' | 'date' | 'start' | 'end' | 'needed' | 'assigned' | 'cancelled'>[],
  timeZone: string,
  context?: StaffingContext,
): Map<string, Workload> {
  const byPerson = new Map<string, Workload>();
  for (const shift of shifts) {
    if (shift.cancelled !== undefined) continue;
    const { minutes } = shiftIntervalOf(shift, timeZone);
    for (const personId of staffing(shift, context).filling) {
      const before = byPerson.get(personId) ?? NO_WORK;
      byPerson.set(personId, { shifts: before.shifts + 1, minutes: before.minutes + minutes });
    }
  }
  return byPerson;
}

/** A row of a finalized week's record, as far as workload reads it. */
export interface RecordedWork {
  shiftId: string;
  personId: string;
  status: AttendanceStatus;
  actualStart: string | null;
  actualEnd: string | null;
}

/**
 * Shifts and real minutes per person from the record of finalized weeks: what people actually did, so a
 * no-show counts nothing, a stand-in counts, and real times replace the plan. Called-off shifts count
 * nothing. The caller picks the period, as for `workloadOf`.
 */
export function recordedWorkloadOf(
  shifts: readonly Pick<RecordedShift, 'id' | 'date' | 'start' | 'end' | 'cancelled'>[],
  attendance: readonly RecordedWork[],
  timeZone: string,
): Map<string, Workload> {
  const byId = new Map(shifts.map((shift) => [shift.id, shift]));
  const byPerson = new Map<string, Workload>();
  for (const row of attendance) {
    const shift = byId.get(row.shiftId);
    if (!shift || shift.cancelled !== null || row.status === 'no-show') continue;
    const before = byPerson.get(row.personId) ?? NO_WORK;
    byPerson.set(row.personId, {
      shifts: before.shifts + 1,
      minutes: before.minutes + workedMinutes(shift, row, timeZone),
    });
  }
  return byPerson;
}

/** Workloads of disjoint periods (e.g. published and finalized weeks) added up per person. */
export function addWorkloads(...parts: readonly ReadonlyMap<string, Workload>[]): Map<string, Workload> {
  const sum = new Map<string, Workload>();
  for (const part of parts) {
    for (const [personId, work] of part) {
      const before = sum.get(personId) ?? NO_WORK;
      sum.set(personId, { shifts: before.shifts + work.shifts, minutes: before.minutes + work.minutes });
    }
  }
  return sum;
}

export interface Candidate {
  personId: string;
  /** Used only to order people who are otherwise equal, so the list is stable. */
  name: string;
}

export interface Suggestion {
  personId: string;
  availability: AvailabilityFit;
  workload: Workload;
}

export interface RankInput {
  shift: Shift;
  candidates: readonly Candidate[];
  context: PeopleContext;
  /** All shifts of the gap's week: what a suggestion must not overlap. */
  weekShifts: readonly Shift[];
  /** From `workloadOf` over the last four weeks; missing people did nothing. */
  workloads: ReadonlyMap<string, Workload>;
}

const AVAILABILITY_ORDER: Record<AvailabilityFit['kind'], number> = { fits: 0, unknown: 1, 'does-not-fit': 2 };

/** Same-day shifts whose times intersect; back-to-back is fine (as for claims). */
function overlaps(a: Shift, b: Shift): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end;
}

/** The candidates who may take the shift, best fit first (see the module header for the order). */
export function rankCandidates(input: RankInput): Suggestion[] {
  const { shift } = input;
  const names = new Map(input.candidates.map((c) => [c.personId, c.name]));
  const suggestions: Suggestion[] = [];
  for (const { personId } of input.candidates) {
    if (shift.assigned.includes(personId)) continue;
    const fit = fitForShift(input.context, personId, shift);
    if (fit.absence !== null || fit.missing.length > 0) continue;
    const busy = input.weekShifts.some(
      (other) =>
        other.id !== shift.id &&
        other.cancelled === undefined &&
        other.assigned.includes(personId) &&
        overlaps(shift, other),
    );
    if (busy) continue;
    suggestions.push({ personId, availability: fit.availability, workload: input.workloads.get(personId) ?? NO_WORK });
  }
  return suggestions.sort(
    (a, b) =>
      AVAILABILITY_ORDER[a.availability.kind] - AVAILABILITY_ORDER[b.availability.kind] ||
      a.workload.minutes - b.workload.minutes ||
      (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? '', 'de') ||
      a.personId.localeCompare(b.personId),
  );
}
