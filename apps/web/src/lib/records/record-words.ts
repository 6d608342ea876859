/**
 * Nachweise, availability slots and absences in words: "gültig bis 12.03.2031", "läuft in 5 Wochen ab",
 * "Montag vormittags", "20.12.2026 – 03.01.2027". Dates are local dates, formatted in UTC so the reader's
 * own time zone never shifts a day.
 */
import {
  DEFAULT_EXPIRY_WARNING_WEEKS,
  slotTimesOf,
  type AvailabilitySlot,
  type IsoWeekday,
  type LocalDate,
  type PartOfDay,
  type QualificationKind,
} from '@schichtbrett/domain';
import type { AbsenceItem, QualificationItem } from '$lib/api/records';
import { m } from '$lib/paraglide/messages';

const DAY_MS = 86_400_000;

function utcDateOf(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "12.03.2031" (de) / "12/03/2031" (en-GB): the form German offices and forms use. */
export function fullDate(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    utcDateOf(date),
  );
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcDateOf(to).getTime() - utcDateOf(from).getTime()) / DAY_MS);
}

export function kindName(kind: QualificationKind): string {
  switch (kind) {
    case 'fuehrungszeugnis':
      return m.records_kind_fuehrungszeugnis();
    case 'hygiene':
      return m.records_kind_hygiene();
    case 'fuehrerschein':
      return m.records_kind_fuehrerschein();
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/** How a Nachweis stands today; `tone` lets the list mark it with an icon and a border, not colour alone. */
export interface ValidityWords {
  text: string;
  tone: 'valid' | 'expiring' | 'expired' | 'never';
}

/**
 * "gültig bis 12.03.2031"; within the coordinators' warning window (8 weeks) "läuft in 5 Wochen ab
 * (12.03.2031)", in the last two weeks counted in days; "abgelaufen seit …"; a Führungszeugnis mit Eintrag
 * "mit Eintrag – berechtigt nicht".
 */
export function validityInWords(
  item: Pick<QualificationItem, 'validity' | 'validUntil'>,
  today: LocalDate,
  locale: string,
): ValidityWords {
  if (item.validity === 'never') return { text: m.records_validity_never(), tone: 'never' };
  if (item.validity === 'no-expiry' || item.validUntil === null) {
    return { text: m.records_validity_no_expiry(), tone: 'valid' };
  }
  const date = fullDate(item.validUntil, locale);
  const days = daysBetween(today, item.validUntil);
  if (days < 0) {
    // The last day it counted lies behind us: it stopped counting the day after.
    return { text: m.records_validity_expired({ date }), tone: 'expired' };
  }
  if (days === 0) return { text: m.records_validity_last_day({ date }), tone: 'expiring' };
  if (days === 1) return { text: m.records_validity_tomorrow({ date }), tone: 'expiring' };
  // It stops counting the day after its last day: that is the day it "expires".
  const expiresIn = days + 1;
  if (expiresIn < 14) return { text: m.records_validity_in_days({ count: String(expiresIn), date }), tone: 'expiring' };
  if (days < DEFAULT_EXPIRY_WARNING_WEEKS * 7) {
    return { text: m.records_validity_in_weeks({ count: String(Math.floor(expiresIn / 7)), date }), tone: 'expiring' };
  }
  return { text: m.records_validity_until({ date }), tone: 'valid' };
}

/**
 * Records renewed by another of the same kind that counts longer (a new Belehrung after the old one):
 * listed as "ersetzt", not as "abgelaufen", so the list does not alarm anyone about a renewed Nachweis.
 */
export function supersededIds(
  items: readonly Pick<QualificationItem, 'id' | 'kind' | 'validity' | 'validUntil'>[],
): Set<string> {
  const reach = (item: (typeof items)[number]) =>
    item.validity === 'no-expiry' ? '9999-12-31' : item.validity === 'until' ? (item.validUntil ?? '') : '';
  const superseded = new Set<string>();
  for (const item of items) {
    if (item.validity === 'never') continue;
    if (items.some((other) => other.kind === item.kind && other.id !== item.id && reach(other) > reach(item))) {
      superseded.add(item.id);
    }
  }
  return superseded;
}

/** "Montag" for ISO weekday 1; 2024-01-01 was a Monday. */
export function weekdayWord(weekday: IsoWeekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

export function partOfDayWord(part: PartOfDay): string {
  switch (part) {
    case 'vormittags':
      return m.records_part_vormittags();
    case 'nachmittags':
      return m.records_part_nachmittags();
    case 'abends':
      return m.records_part_abends();
    default: {
      const unknown: never = part;
      return unknown;
    }
  }
}

/** "Montag vormittags (6–12 Uhr)" or "Mittwoch 14:00–18:30 Uhr". */
export function slotInWords(slot: AvailabilitySlot, locale: string): string {
  const times = slotTimesOf(slot);
  const day = weekdayWord(slot.weekday, locale);
  if (times.part) return m.records_slot_part({ day, part: partOfDayWord(times.part) });
  return m.records_slot_time({ day, start: times.start, end: times.end });
}

/** Monday first, parts of the day before exact times, then by start. */
export function sortSlots(slots: readonly AvailabilitySlot[]): AvailabilitySlot[] {
  return [...slots].sort((a, b) => {
    const ta = slotTimesOf(a);
    const tb = slotTimesOf(b);
    return a.weekday - b.weekday || ta.start.localeCompare(tb.start) || ta.end.localeCompare(tb.end);
  });
}

export function sameSlot(a: AvailabilitySlot, b: AvailabilitySlot): boolean {
  return JSON.stringify(slotTimesOf(a)) === JSON.stringify(slotTimesOf(b)) && a.kind === b.kind;
}

/** "20.12.2026 – 03.01.2027", or one date for a single day. */
export function absenceSpan(absence: Pick<AbsenceItem, 'from' | 'to'>, locale: string): string {
  const from = fullDate(absence.from, locale);
  return absence.from === absence.to ? from : `${from} – ${fullDate(absence.to, locale)}`;
}

/** Absences not yet over, soonest first: the ones worth showing. */
export function upcomingAbsences<T extends Pick<AbsenceItem, 'from' | 'to'>>(
  absences: readonly T[],
  today: LocalDate,
): T[] {
  return absences.filter((a) => a.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}
