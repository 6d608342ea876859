/**
 * How a person fits a shift or a week, in words for the picker and the people panel (issue 5): "abwesend
 * bis 4.12.", "Hygienebelehrung abgelaufen", "verfügbar Mo vormittags". Short, German first; the tone
 * lets the UI add an icon, so nothing is said by colour alone.
 */
import {
  isoWeekdayOf,
  type IsoWeekday,
  type LocalDate,
  type PartOfDay,
  type ShiftFit,
  type SlotTimes,
  type WeekAbsence,
  type WeekFit,
} from '@schichtbrett/domain';
import { shortDate } from '$lib/format/dates';
import { intlLocale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { qualificationName } from './warning-text';

export interface FitText {
  text: string;
  /** `fits`: recorded slots cover it; `caution`: away, a Nachweis lacking, or outside their slots. */
  tone: 'fits' | 'caution' | 'neutral';
}

const WEEKDAYS: Record<IsoWeekday, () => string> = {
  1: m.boardctx_weekday_1,
  2: m.boardctx_weekday_2,
  3: m.boardctx_weekday_3,
  4: m.boardctx_weekday_4,
  5: m.boardctx_weekday_5,
  6: m.boardctx_weekday_6,
  7: m.boardctx_weekday_7,
};

const PARTS: Record<PartOfDay, () => string> = {
  vormittags: m.boardctx_part_vormittags,
  nachmittags: m.boardctx_part_nachmittags,
  abends: m.boardctx_part_abends,
};

export function weekdayShort(weekday: IsoWeekday): string {
  return WEEKDAYS[weekday]();
}

function slotLabel(slot: SlotTimes): string {
  return slot.part ? PARTS[slot.part]() : m.time_range({ start: slot.start, end: slot.end });
}

/**
 * Slots grouped so they read short: the labels of the same weekdays together, groups apart by "; ":
 * "Mo, Mi vormittags, nachmittags; Fr 14:00–16:00". Adjacent weekdays are not merged into ranges; a
 * week has few enough slots to list.
 */
export function slotsText(slots: readonly SlotTimes[]): string {
  const weekdaysByLabel = new Map<string, IsoWeekday[]>();
  for (const slot of slots) {
    const label = slotLabel(slot);
    const weekdays = weekdaysByLabel.get(label) ?? [];
    if (!weekdays.includes(slot.weekday)) weekdays.push(slot.weekday);
    weekdaysByLabel.set(label, weekdays);
  }
  const labelsByWeekdays = new Map<string, string[]>();
  for (const [label, weekdays] of weekdaysByLabel) {
    const key = weekdays.map(weekdayShort).join(', ');
    labelsByWeekdays.set(key, [...(labelsByWeekdays.get(key) ?? []), label]);
  }
  return [...labelsByWeekdays].map(([weekdays, labels]) => `${weekdays} ${labels.join(', ')}`).join('; ');
}

function absenceText(absence: WeekAbsence, weekStart?: LocalDate): string {
  const locale = intlLocale();
  const until = shortDate(absence.to, locale);
  if (weekStart === undefined || absence.from <= weekStart) return m.boardctx_fit_absent_until({ until });
  return m.boardctx_fit_absent_range({ from: shortDate(absence.from, locale), until });
}

/** One person for one shift: what speaks against it first, then their slots of that day. */
export function shiftFitText(fit: ShiftFit, date: LocalDate): FitText | null {
  const parts: string[] = [];
  if (fit.absence) parts.push(absenceText(fit.absence));
  for (const missing of fit.missing) {
    const qualification = qualificationName(missing.kind);
    parts.push(missing.expired ? m.boardctx_fit_expired({ qualification }) : m.boardctx_fit_missing({ qualification }));
  }
  const availability = fit.availability;
  if (availability.kind === 'fits') parts.push(m.boardctx_fit_available({ slots: slotsText(availability.slots) }));
  else if (availability.kind === 'does-not-fit') {
    parts.push(
      availability.slots.length > 0
        ? m.boardctx_fit_only({ slots: slotsText(availability.slots) })
        : m.boardctx_fit_not_on_day({ weekday: weekdayShort(isoWeekdayOf(date) as IsoWeekday) }),
    );
  }
  if (parts.length === 0) return null;
  const caution = fit.absence !== null || fit.missing.length > 0 || availability.kind === 'does-not-fit';
  return { text: parts.join(' · '), tone: caution ? 'caution' : 'fits' };
}

/** One person in the week (people panel): an absence touching it, else the slots they gave. */
export function weekFitText(fit: WeekFit, weekStart: LocalDate): FitText | null {
  if (fit.absence) return { text: absenceText(fit.absence, weekStart), tone: 'caution' };
  if (fit.slots.length > 0) return { text: m.boardctx_fit_available({ slots: slotsText(fit.slots) }), tone: 'neutral' };
  return null;
}

/** Order for the picker: recorded slots cover it, then nothing known against it, then a caution. */
export function fitRank(fit: FitText | null): number {
  if (fit === null) return 1;
  return { fits: 0, neutral: 1, caution: 2 }[fit.tone];
}
