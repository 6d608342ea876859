/**
 * When a person can help (weekly recurring slots, e.g. "Mo vormittags") and when they cannot (absences,
 * e.g. Urlaub). Structured data only; the UI words it in German.
 */
import * as v from 'valibot';
import type { LocalDate } from './iso-week';
import { isoWeekdayOf, parseLocalDate } from './iso-week';
import { isTimeOfDay, type Shift } from './shift';
import { REASON_RULE, visibleText } from './visible-text';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const PARTS_OF_DAY = ['vormittags', 'nachmittags', 'abends'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/** The wall-clock hours each part of the day stands for. */
export const PART_OF_DAY_TIMES: Readonly<Record<PartOfDay, { start: string; end: string }>> = {
  vormittags: { start: '06:00', end: '12:00' },
  nachmittags: { start: '12:00', end: '17:00' },
  abends: { start: '17:00', end: '22:00' },
};

export type AvailabilitySlot =
  | { weekday: IsoWeekday; kind: 'part-of-day'; part: PartOfDay }
  | { weekday: IsoWeekday; kind: 'time'; start: string; end: string };

export interface Absence {
  personId: string;
  from: LocalDate;
  /** Inclusive. */
  to: LocalDate;
  /** Free text such as "Urlaub"; optional, people need not say why. */
  reason?: string;
}

/** A slot as data the UI can word: weekday, hours, and the part of the day when it was given as one. */
export interface SlotTimes {
  weekday: IsoWeekday;
  start: string;
  end: string;
  part: PartOfDay | null;
}

export function slotTimesOf(slot: AvailabilitySlot): SlotTimes {
  switch (slot.kind) {
    case 'part-of-day':
      return { weekday: slot.weekday, ...PART_OF_DAY_TIMES[slot.part], part: slot.part };
    case 'time':
      return { weekday: slot.weekday, start: slot.start, end: slot.end, part: null };
    default: {
      const unknown: never = slot;
      throw new Error(`unknown availability slot ${JSON.stringify(unknown)}`);
    }
  }
}

const weekdaySchema = v.picklist([1, 2, 3, 4, 5, 6, 7] as const, 'weekday-range');
const timeSchema = v.pipe(v.string(), v.check(isTimeOfDay, 'time-format'));
const dateSchema = v.pipe(
  v.string(),
  v.check((text) => parseLocalDate(text) !== null, 'date-format'),
);

/** Decodes a slot from a request body. */
export const availabilitySlotSchema = v.variant('kind', [
  v.object({ weekday: weekdaySchema, kind: v.literal('part-of-day'), part: v.picklist(PARTS_OF_DAY) }),
  v.pipe(
    v.object({ weekday: weekdaySchema, kind: v.literal('time'), start: timeSchema, end: timeSchema }),
    v.check((slot) => slot.end > slot.start, 'end-before-start'),
  ),
]);

/** Decodes an absence from a request body; one day is from = to. */
export const absenceSchema = v.pipe(
  v.object({
    personId: v.pipe(v.string(), v.minLength(1)),
    from: dateSchema,
    to: dateSchema,
    // Shown to coordinators next to the person's name: one line, NFC, nothing that turns the text around.
    reason: v.optional(visibleText({ ...REASON_RULE, optional: true, label: 'Der Grund der Abwesenheit' })),
  }),
  v.check((absence) => absence.from <= absence.to, 'to-before-from'),
);

/**
 * Whether the shift lies within the person's recorded availability; adjacent slots join (Mo vormittags
 * and Mo nachmittags cover 11:00–13:00). With nothing recorded the answer is yes: people who never filled
 * it in are not to be excluded.
 */
export function isAvailableFor(
  shift: Pick<Shift, 'date' | 'start' | 'end'>,
  availability: readonly AvailabilitySlot[],
): boolean {
  if (availability.length === 0) return true;
  const weekday = isoWeekdayOf(shift.date);
  const slots = availability
    .map(slotTimesOf)
    .filter((slot) => slot.weekday === weekday)
    .sort((a, b) => a.start.localeCompare(b.start));
  // Sweep: `coveredUntil` moves forward while slots start no later than it.
  let coveredUntil = shift.start;
  for (const slot of slots) {
    if (slot.start > coveredUntil) break;
    if (slot.end > coveredUntil) coveredUntil = slot.end;
    if (coveredUntil >= shift.end) return true;
  }
  return coveredUntil >= shift.end;
}

/** The absence of the person covering `date`, if any. */
export function absenceOn(personId: string, date: LocalDate, absences: readonly Absence[]): Absence | null {
  return absences.find((a) => a.personId === personId && a.from <= date && date <= a.to) ?? null;
}

export function isAbsentOn(personId: string, date: LocalDate, absences: readonly Absence[]): boolean {
  return absenceOn(personId, date, absences) !== null;
}
