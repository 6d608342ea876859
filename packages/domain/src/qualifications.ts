/**
 * Qualifications (Nachweise) an area can require and a person can hold, with the rules of how long each
 * counts (issue 5). The board's warnings and the claim rules both ask this module, so the rule lives in
 * one place.
 */
import { addDays, addWeeks, addYears, format, subDays } from 'date-fns';
import type { LocalDate } from './iso-week';
import { parseLocalDate } from './iso-week';

export const QUALIFICATION_KINDS = ['fuehrungszeugnis', 'hygiene', 'fuehrerschein'] as const;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

/** A qualification reduced to what the checks need. */
export interface HeldQualification {
  kind: QualificationKind;
  /** Last day it counts; null when it does not expire (Führerschein). */
  validUntil: LocalDate | null;
}

/**
 * Erweitertes Führungszeugnis. Only what a coordinator noted is stored, never the document itself
 * (data minimisation: the certificate may list offences unrelated to the work).
 */
export interface FuehrungszeugnisRecord {
  kind: 'fuehrungszeugnis';
  /** The day a coordinator looked at it. */
  inspectedOn: LocalDate;
  /** The date printed on the certificate; validity counts from here, not from the inspection. */
  certificateDate: LocalDate;
  result: 'ohne-eintrag' | 'mit-eintrag';
}

/** Belehrung nach §43 IfSG for working with food. */
export interface HygieneRecord {
  kind: 'hygiene';
  /** The day of the Belehrung. */
  date: LocalDate;
}

/** Driving licence; it does not expire. */
export interface FuehrerscheinRecord {
  kind: 'fuehrerschein';
  inspectedOn: LocalDate;
}

export type QualificationRecord = FuehrungszeugnisRecord | HygieneRecord | FuehrerscheinRecord;

/** Per-center settings; everything left out takes the default. */
export interface QualificationRules {
  /** Years a Führungszeugnis counts from its certificate date; default 5. */
  fuehrungszeugnisYears?: number;
}

export const DEFAULT_FUEHRUNGSZEUGNIS_YEARS = 5;
export const HYGIENE_REFRESH_YEARS = 2;
export const DEFAULT_EXPIRY_WARNING_WEEKS = 8;

export type Validity =
  /** Counts up to and including `lastDay`. */
  | { kind: 'until'; lastDay: LocalDate }
  | { kind: 'no-expiry' }
  /** A Führungszeugnis with entries: stored so the coordinator sees it was checked, but never qualifies. */
  | { kind: 'never' };

function mustParse(date: LocalDate): Date {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`not a date: ${date}`);
  return parsed;
}

/**
 * The last day before the `years`th anniversary: a Belehrung of 2024-03-10 refreshed after 2 years is
 * due on 2026-03-10, so it counts up to 2026-03-09. The anniversary of 29 February is 1 March in common
 * years (date-fns would clamp to 28 February and lose a day). Computed on UTC dates (see iso-week.ts).
 */
function dayBeforeAnniversary(date: LocalDate, years: number): LocalDate {
  const start = mustParse(date);
  let anniversary = addYears(start, years);
  if (anniversary.getDate() !== start.getDate()) anniversary = addDays(anniversary, 1);
  return format(subDays(anniversary, 1), 'yyyy-MM-dd');
}

/** How long one record counts. */
export function validityOf(record: QualificationRecord, rules: QualificationRules = {}): Validity {
  switch (record.kind) {
    case 'fuehrungszeugnis':
      if (record.result !== 'ohne-eintrag') return { kind: 'never' };
      return {
        kind: 'until',
        lastDay: dayBeforeAnniversary(
          record.certificateDate,
          rules.fuehrungszeugnisYears ?? DEFAULT_FUEHRUNGSZEUGNIS_YEARS,
        ),
      };
    case 'hygiene':
      return { kind: 'until', lastDay: dayBeforeAnniversary(record.date, HYGIENE_REFRESH_YEARS) };
    case 'fuehrerschein':
      return { kind: 'no-expiry' };
    default: {
      const unknown: never = record;
      throw new Error(`unknown qualification record ${JSON.stringify(unknown)}`);
    }
  }
}

/** Records as the checks see them; records that never qualify are left out. */
export function heldQualificationsOf(
  records: readonly QualificationRecord[],
  rules: QualificationRules = {},
): HeldQualification[] {
  const held: HeldQualification[] = [];
  for (const record of records) {
    const validity = validityOf(record, rules);
    if (validity.kind === 'until') held.push({ kind: record.kind, validUntil: validity.lastDay });
    else if (validity.kind === 'no-expiry') held.push({ kind: record.kind, validUntil: null });
  }
  return held;
}

function isHeldOn(held: HeldQualification, date: LocalDate): boolean {
  return held.validUntil === null || held.validUntil >= date;
}

/** The kinds for which at least one record counts on `date`, in QUALIFICATION_KINDS order. */
export function qualificationsValidOn(
  records: readonly QualificationRecord[],
  date: LocalDate,
  rules: QualificationRules = {},
): QualificationKind[] {
  const held = heldQualificationsOf(records, rules);
  return QUALIFICATION_KINDS.filter((kind) => held.some((q) => q.kind === kind && isHeldOn(q, date)));
}

/** The required qualifications a person does not hold valid on `date`. */
export function missingQualifications(
  required: readonly QualificationKind[],
  held: readonly HeldQualification[],
  date: LocalDate,
): QualificationKind[] {
  return required.filter((kind) => !held.some((q) => q.kind === kind && isHeldOn(q, date)));
}

export interface ExpiringQualification {
  kind: QualificationKind;
  lastDay: LocalDate;
}

/**
 * One person's qualifications that still count today but stop within `weeks` (for the coordinators'
 * list). A kind renewed by a newer record is not expiring, so only the longest-lasting record of each kind
 * is looked at; kinds already expired are "missing", not "expiring", and left out. Soonest first.
 */
export function expiringWithin(
  records: readonly QualificationRecord[],
  today: LocalDate,
  weeks: number = DEFAULT_EXPIRY_WARNING_WEEKS,
  rules: QualificationRules = {},
): ExpiringQualification[] {
  const horizon = format(addWeeks(mustParse(today), weeks), 'yyyy-MM-dd');
  const held = heldQualificationsOf(records, rules);
  const expiring: ExpiringQualification[] = [];
  for (const kind of QUALIFICATION_KINDS) {
    const ofKind = held.filter((q) => q.kind === kind);
    if (ofKind.length === 0 || ofKind.some((q) => q.validUntil === null)) continue;
    const lastDay = ofKind.map((q) => q.validUntil as LocalDate).reduce((a, b) => (a > b ? a : b));
    // lastDay < horizon: the first day it no longer counts lies within the window.
    if (lastDay >= today && lastDay < horizon) expiring.push({ kind, lastDay });
  }
  return expiring.sort((a, b) => a.lastDay.localeCompare(b.lastDay));
}
