/**
 * What the board knows about people for one week besides the plan (issue 5): which Nachweise count on the
 * week's days, who is away, who usually has time, and what each area requires. It is SQL data the server
 * answers for a week (GET /api/centers/:center/weeks/:week/people-context), never part of the Yjs document,
 * so the board's warnings and the picker's hints are computed here, the same on every client.
 */
import { format, subDays } from 'date-fns';
import * as v from 'valibot';
import { absenceOn, availabilitySlotSchema, isAvailableFor, slotTimesOf } from './availability';
import type { Absence, AvailabilitySlot, SlotTimes } from './availability';
import { isoWeekdayOf, parseLocalDate, type LocalDate } from './iso-week';
import {
  heldQualificationsOf,
  missingQualifications,
  QUALIFICATION_KINDS,
  type HeldQualification,
  type QualificationKind,
  type QualificationRecord,
  type QualificationRules,
} from './qualifications';
import type { Shift } from './shift';
import type { WarningContext } from './shift-warnings';

/** An absence as the board sees it; `reason` only for those who may read it (coordinators). */
export interface WeekAbsence {
  from: LocalDate;
  /** Inclusive. */
  to: LocalDate;
  reason?: string;
}

export interface PersonWeekContext {
  personId: string;
  /**
   * One entry per kind the person ever held, clipped to the week (see `qualificationsForWeek`): what the
   * board needs to say "fehlt" or "abgelaufen", and no more.
   */
  qualifications: HeldQualification[];
  /** Absences overlapping the week, with their real first and last day. */
  absences: WeekAbsence[];
  /** The weekly recurring slots; empty when the person never gave any. */
  availability: AvailabilitySlot[];
}

export interface PeopleContext {
  /** "YYYY-Www". */
  week: string;
  /** Area id → required kinds; areas that require nothing are left out. */
  requirements: Record<string, QualificationKind[]>;
  /** People with anything to say; everyone left out holds nothing, is never away and gave no slots. */
  people: PersonWeekContext[];
}

const localDate = v.pipe(
  v.string(),
  v.check((text) => parseLocalDate(text) !== null),
);
const qualificationKind = v.picklist(QUALIFICATION_KINDS);

/** Decodes the server's answer (the web client checks it at the boundary). */
export const peopleContextSchema = v.object({
  week: v.string(),
  requirements: v.record(v.string(), v.array(qualificationKind)),
  people: v.array(
    v.object({
      personId: v.string(),
      qualifications: v.array(v.object({ kind: qualificationKind, validUntil: v.nullable(localDate) })),
      absences: v.array(v.object({ from: localDate, to: localDate, reason: v.optional(v.string()) })),
      availability: v.array(availabilitySlotSchema),
    }),
  ),
});

/** The server's answer as a PeopleContext, or null when it is not one. */
export function decodePeopleContext(value: unknown): PeopleContext | null {
  const parsed = v.safeParse(peopleContextSchema, value);
  return parsed.success ? parsed.output : null;
}

export const EMPTY_PEOPLE_CONTEXT: PeopleContext = Object.freeze({ week: '', requirements: {}, people: [] });

/**
 * A person's qualifications reduced to what one week needs: per kind only the longest-lasting record, with
 * `validUntil` null when it counts all week, the last day when that lies within the week, and the day
 * before the week when it ran out earlier. So a Führungszeugnis's certificate date cannot be read off the
 * answer (only whether it counts), and a Führungszeugnis "mit Eintrag" never appears (it never counts).
 */
export function qualificationsForWeek(
  held: readonly HeldQualification[],
  weekDates: readonly LocalDate[],
): HeldQualification[] {
  const first = weekDates[0];
  const last = weekDates.at(-1);
  if (first === undefined || last === undefined) return [];
  const before = dayBefore(first);
  const result: HeldQualification[] = [];
  for (const kind of QUALIFICATION_KINDS) {
    const ofKind = held.filter((q) => q.kind === kind);
    if (ofKind.length === 0) continue;
    const lastDays = ofKind.map((q) => q.validUntil);
    if (lastDays.includes(null)) {
      result.push({ kind, validUntil: null });
      continue;
    }
    const latest = (lastDays as LocalDate[]).reduce((a, b) => (a > b ? a : b));
    const validUntil = latest >= last ? null : latest >= first ? latest : before;
    result.push({ kind, validUntil });
  }
  return result;
}

/** What the server read for a week, and whether the caller may see absence reasons. */
export interface PeopleContextSources {
  week: string;
  weekDates: readonly LocalDate[];
  rules: QualificationRules;
  records: readonly { personId: string; records: readonly QualificationRecord[] }[];
  /** Absences overlapping the week. */
  absences: readonly Absence[];
  availability: ReadonlyMap<string, AvailabilitySlot[]>;
  requirements: ReadonlyMap<string, QualificationKind[]>;
  withReasons: boolean;
}

/** The answer of …/people-context, built from what the server read; people in id order. */
export function peopleContextOf(sources: PeopleContextSources): PeopleContext {
  const people = new Map<string, PersonWeekContext>();
  const entry = (personId: string): PersonWeekContext => {
    const found = people.get(personId);
    if (found) return found;
    const created: PersonWeekContext = { personId, qualifications: [], absences: [], availability: [] };
    people.set(personId, created);
    return created;
  };
  for (const person of sources.records) {
    const held = qualificationsForWeek(heldQualificationsOf(person.records, sources.rules), sources.weekDates);
    if (held.length > 0) entry(person.personId).qualifications = held;
  }
  for (const { personId, from, to, reason } of sources.absences) {
    entry(personId).absences.push(sources.withReasons && reason !== undefined ? { from, to, reason } : { from, to });
  }
  for (const [personId, slots] of sources.availability) entry(personId).availability = slots;
  return {
    week: sources.week,
    requirements: Object.fromEntries(sources.requirements),
    people: [...people.values()].sort((a, b) => a.personId.localeCompare(b.personId)),
  };
}

function dayBefore(date: LocalDate): LocalDate {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return format(subDays(parsed, 1), 'yyyy-MM-dd');
}

function personOf(context: PeopleContext, personId: string): PersonWeekContext | undefined {
  return context.people.find((person) => person.personId === personId);
}

/** The context as the domain's warning rules read it. */
export function warningContextOf(context: PeopleContext): WarningContext {
  const byPerson = new Map(context.people.map((person) => [person.personId, person]));
  return {
    requiredQualifications: (areaId) => context.requirements[areaId] ?? [],
    qualificationsOf: (personId) => byPerson.get(personId)?.qualifications ?? [],
    absences: context.people.flatMap((person) =>
      person.absences.map((absence) => ({ personId: person.personId, ...absence })),
    ),
  };
}

export interface MissingQualification {
  kind: QualificationKind;
  expired: boolean;
}

/** Whether recorded availability covers a shift; `unknown` when the person gave none (not a "no"). */
export type AvailabilityFit =
  | { kind: 'unknown' }
  /** `slots`: the person's slots of that weekday (possibly none), for the words "verfügbar Mo vormittags". */
  | { kind: 'fits' | 'does-not-fit'; slots: SlotTimes[] };

/** What a coordinator picking someone for one shift should know about that person. */
export interface ShiftFit {
  absence: WeekAbsence | null;
  missing: MissingQualification[];
  availability: AvailabilityFit;
}

/** How one person fits one shift: away that day, Nachweise the area requires, and their usual slots. */
export function fitForShift(
  context: PeopleContext,
  personId: string,
  shift: Pick<Shift, 'areaId' | 'date' | 'start' | 'end'>,
): ShiftFit {
  const person = personOf(context, personId);
  if (!person) {
    const required = context.requirements[shift.areaId] ?? [];
    return { absence: null, missing: required.map((kind) => ({ kind, expired: false })), availability: UNKNOWN };
  }
  const absence = absenceOn(
    personId,
    shift.date,
    person.absences.map((a) => ({ personId, ...a })),
  );
  const held = person.qualifications;
  const missing = missingQualifications(context.requirements[shift.areaId] ?? [], held, shift.date).map((kind) => ({
    kind,
    expired: held.some((q) => q.kind === kind),
  }));
  return {
    absence: absence ? withoutPerson(absence) : null,
    missing,
    availability: availabilityFit(person.availability, shift),
  };
}

const UNKNOWN: AvailabilityFit = Object.freeze({ kind: 'unknown' });

function withoutPerson({ from, to, reason }: WeekAbsence & { personId: string }): WeekAbsence {
  return reason === undefined ? { from, to } : { from, to, reason };
}

function availabilityFit(
  availability: readonly AvailabilitySlot[],
  shift: Pick<Shift, 'date' | 'start' | 'end'>,
): AvailabilityFit {
  if (availability.length === 0) return UNKNOWN;
  const weekday = isoWeekdayOf(shift.date);
  const slots = availability
    .map(slotTimesOf)
    .filter((slot) => slot.weekday === weekday)
    .sort((a, b) => a.start.localeCompare(b.start));
  return { kind: isAvailableFor(shift, availability) ? 'fits' : 'does-not-fit', slots };
}

/** The person in one week, for the people panel: their first absence touching it and all their slots. */
export interface WeekFit {
  absence: WeekAbsence | null;
  slots: SlotTimes[];
}

export function fitForWeek(context: PeopleContext, personId: string): WeekFit {
  const person = personOf(context, personId);
  if (!person) return { absence: null, slots: [] };
  const slots = person.availability
    .map(slotTimesOf)
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  return { absence: person.absences[0] ?? null, slots };
}
