/**
 * A center's profile and settings (issue 12): what members see of the house, the days it is open, and the
 * rules of claiming and of Nachweise. One schema for the body of PUT …/settings and its answer.
 */
import * as v from 'valibot';
import type { IsoWeekday } from './availability';
import { addIsoWeeks, currentIsoWeek, isoWeekdayOf, todayIn, type IsoWeek, type LocalDate } from './iso-week';
import { NAME_RULE, visibleText, type TextRule } from './visible-text';

/** The 16 German states by their ISO 3166-2 code without "DE-": a center's state picks its public holidays. */
export const GERMAN_STATE_CODES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

export type GermanStateCode = (typeof GERMAN_STATE_CODES)[number];

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Monday to Saturday: what the board showed before centers chose their days, so existing centers keep it. */
export const DEFAULT_OPENING_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6];

/**
 * Which week the board opens on: always the current one, or the next one from a weekday on (a house
 * closed at the weekend plans the coming week from Friday).
 */
export const BOARD_WEEK_CHOICES = ['current', 'next-from-friday', 'next-from-saturday', 'next-from-sunday'] as const;
export type BoardWeekChoice = (typeof BOARD_WEEK_CHOICES)[number];

const NEXT_WEEK_FROM: Record<BoardWeekChoice, IsoWeekday | null> = {
  current: null,
  'next-from-friday': 5,
  'next-from-saturday': 6,
  'next-from-sunday': 7,
};

/** The week a center's board opens on at `now`. */
export function boardWeekAt(now: Date, timeZone: string, choice: BoardWeekChoice): IsoWeek {
  const current = currentIsoWeek(now, timeZone);
  const from = NEXT_WEEK_FROM[choice];
  return from !== null && isoWeekdayOf(todayIn(now, timeZone)) >= from ? addIsoWeeks(current, 1) : current;
}

/** Opening days as stored ("1,2,3,4,5,6"): unknown or empty text gives the default, never no day at all. */
export function parseOpeningDays(stored: string): IsoWeekday[] {
  const days = ISO_WEEKDAYS.filter((day) => stored.split(',').includes(String(day)));
  return days.length > 0 ? days : [...DEFAULT_OPENING_DAYS];
}

/**
 * The days of a week that board, gaps and day sheets show: the opening days, and any other day a shift
 * falls on (stored before the days changed, or added by hand), so a shift is never hidden.
 */
export function daysShown(
  weekDates: readonly LocalDate[],
  openingDays: readonly IsoWeekday[],
  datesWithShifts: Iterable<LocalDate> = [],
): LocalDate[] {
  const withShifts = new Set(datesWithShifts);
  return weekDates.filter((date) => isOpeningDay(date, openingDays) || withShifts.has(date));
}

export function isOpeningDay(date: LocalDate, openingDays: readonly IsoWeekday[]): boolean {
  return openingDays.includes(isoWeekdayOf(date) as IsoWeekday);
}

export function formatOpeningDays(days: readonly IsoWeekday[]): string {
  return ISO_WEEKDAYS.filter((day) => days.includes(day)).join(',');
}

const ADDRESS_RULE = { max: 300, multiline: true, optional: true } as const satisfies TextRule;
const CONTACT_RULE = { max: 200, optional: true } as const satisfies TextRule;

const wholeNumber = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(`${label} muss eine Zahl sein.`),
    v.integer(`${label} muss eine ganze Zahl sein.`),
    v.minValue(min, `${label} muss mindestens ${min} sein.`),
    v.maxValue(max, `${label} darf höchstens ${max} sein.`),
  );

export const centerSettingsSchema = v.object({
  name: visibleText({
    ...NAME_RULE,
    max: 120,
    label: 'Der Name des Zentrums',
    missing: 'Bitte gib den Namen des Zentrums an.',
  }),
  address: visibleText({ ...ADDRESS_RULE, label: 'Die Adresse' }),
  contact: visibleText({ ...CONTACT_RULE, label: 'Der Kontakt' }),
  stateCode: v.picklist(GERMAN_STATE_CODES, 'Bitte wähle ein Bundesland.'),
  openingDays: v.pipe(
    v.array(v.picklist(ISO_WEEKDAYS, 'Öffnungstage sind die Zahlen 1 (Montag) bis 7 (Sonntag).')),
    v.minLength(1, 'Bitte wähle mindestens einen Öffnungstag.'),
    v.transform((days) => ISO_WEEKDAYS.filter((day) => days.includes(day))),
  ),
  claimCutoffHours: wholeNumber('Die Frist zum Zurückgeben', 0, 336),
  fuehrungszeugnisYears: wholeNumber('Die Gültigkeit des Führungszeugnisses', 1, 10),
  boardWeek: v.picklist(BOARD_WEEK_CHOICES, 'Bitte wähle, welche Woche das Brett zeigt.'),
});

/** The settings as PUT takes them (before cleaning) and as GET and PUT answer them. */
export type CenterSettingsInput = v.InferInput<typeof centerSettingsSchema>;
export type CenterSettings = v.InferOutput<typeof centerSettingsSchema>;

/** The settings of an answer (GET or PUT …/settings), or null when the value is not one. */
export function decodeCenterSettings(value: unknown): CenterSettings | null {
  const parsed = v.safeParse(centerSettingsSchema, value);
  return parsed.success ? parsed.output : null;
}
