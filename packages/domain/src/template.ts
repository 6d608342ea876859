/** The weekly pattern (Vorlage) and how a concrete week is made from it or from the week before. */
import * as Y from 'yjs';
import type { IsoWeekday } from './availability';
import { ISO_WEEKDAYS } from './center-settings';
import { datesOfIsoWeek, formatIsoWeek, isoWeekdayOf, type IsoWeek, type LocalDate } from './iso-week';
import type { Shift, ShiftInput } from './shift';
import { MAX_SHIFT_KEY_LENGTH } from './shift-key';
import { addShift, assignPerson, initWeekDoc, readShift, readWeek } from './week-doc';

export interface TemplateShift {
  id: string;
  areaId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: string;
  end: string;
  needed: number;
  notes: string;
  /** Regulars (Stammbesetzung): put on every generated shift. */
  regularIds: string[];
}

export interface PlannedShift {
  id: string;
  input: ShiftInput;
  /** People put on the new shift: the regulars, or the people of the copied shift. */
  personIds: string[];
}

/** A shift that was not created because its day is a public holiday; its people are excused, not missing. */
export interface SkippedShift {
  id: string;
  date: LocalDate;
  holiday: string;
  excusedPersonIds: string[];
}

/** A shift that was not created because its weekday is not one of the center's opening days. */
export interface ClosedWeekdayShift {
  id: string;
  date: LocalDate;
  weekday: IsoWeekday;
}

export interface WeekPlanDraft {
  planned: PlannedShift[];
  skipped: SkippedShift[];
  /** Left out because the center is not open on their weekday (issue 12). */
  notOpen: ClosedWeekdayShift[];
}

/**
 * What a plan leaves out: public holidays, weekdays the center is not open on (all seven when absent), and
 * shifts of archived areas (their old weeks keep them; nothing new is planned in them).
 */
export interface PlanFilter {
  holidays?: HolidayCalendar;
  openingDays?: readonly IsoWeekday[];
  archivedAreaIds?: readonly string[];
}

/** Public holidays of a week, date → name. */
export type HolidayCalendar = Readonly<Record<LocalDate, string>>;

/**
 * The id a shift gets in another week: the id without its date, then the new date. Template shifts,
 * copies of them and copies of copies all land on `<template id>@<date>`, so generating a week from the
 * template and copying the previous week into it never make the same shift twice. A long id is cut so
 * the result stays a valid shift key (`MAX_SHIFT_KEY_LENGTH`); cutting again changes nothing.
 */
export function shiftIdForDate(id: string, date: LocalDate): string {
  const suffix = `@${date}`;
  return `${id.replace(/@\d{4}-\d{2}-\d{2}$/, '').slice(0, MAX_SHIFT_KEY_LENGTH - suffix.length)}${suffix}`;
}

function splitPlan(candidates: readonly PlannedShift[], filter: PlanFilter): WeekPlanDraft {
  const { holidays = {}, openingDays = ISO_WEEKDAYS, archivedAreaIds = [] } = filter;
  const draft: WeekPlanDraft = { planned: [], skipped: [], notOpen: [] };
  for (const candidate of candidates) {
    if (archivedAreaIds.includes(candidate.input.areaId)) continue;
    const { date } = candidate.input;
    const weekday = isoWeekdayOf(date) as IsoWeekday;
    const holiday = holidays[date];
    // A day the house is closed anyway is not a holiday loss: its regulars were never expected.
    if (!openingDays.includes(weekday)) draft.notOpen.push({ id: candidate.id, date, weekday });
    else if (holiday === undefined) draft.planned.push(candidate);
    else
      draft.skipped.push({
        id: candidate.id,
        date: candidate.input.date,
        holiday,
        excusedPersonIds: candidate.personIds,
      });
  }
  return draft;
}

/** The shifts a week gets from the template, without those on public holidays or days the center is closed. */
export function planWeekFromTemplate(
  template: readonly TemplateShift[],
  week: IsoWeek,
  filter: PlanFilter = {},
): WeekPlanDraft {
  const dates = datesOfIsoWeek(week);
  const candidates = template.flatMap((entry): PlannedShift[] => {
    const date = dates[entry.weekday - 1];
    if (!date) return [];
    const { areaId, start, end, needed, notes } = entry;
    return [
      {
        id: shiftIdForDate(entry.id, date),
        input: { areaId, date, start, end, needed, notes },
        personIds: entry.regularIds,
      },
    ];
  });
  return splitPlan(candidates, filter);
}

/**
 * The shifts a week gets as a copy of another week's shifts (same weekday, same times), with or without
 * their people; called-off shifts, public holidays of the new week and days the center is closed are left out.
 */
export function planWeekFromCopy(
  source: readonly Shift[],
  week: IsoWeek,
  options: { withPeople: boolean } & PlanFilter,
): WeekPlanDraft {
  const dates = datesOfIsoWeek(week);
  const candidates = source.flatMap((shift): PlannedShift[] => {
    const date = dates[isoWeekdayOf(shift.date) - 1];
    if (!date || shift.cancelled !== undefined) return [];
    const { areaId, start, end, needed, notes } = shift;
    return [
      {
        id: shiftIdForDate(shift.id, date),
        input: { areaId, date, start, end, needed, notes },
        personIds: options.withPeople ? shift.assigned : [],
      },
    ];
  });
  return splitPlan(candidates, options);
}

export interface PlanApplied {
  added: number;
  skipped: SkippedShift[];
  notOpen: ClosedWeekdayShift[];
}

/**
 * Writes planned shifts into a week document in one transaction. Shifts that already exist are kept as
 * they are (people included), so applying the same plan twice adds nothing the second time.
 */
export function applyPlan(
  doc: Y.Doc,
  draft: WeekPlanDraft,
  options: { center: string; week: IsoWeek; now: number; origin: unknown },
): PlanApplied {
  let added = 0;
  doc.transact(() => {
    initWeekDoc(doc, { center: options.center, week: options.week }, options.origin);
    for (const planned of draft.planned) {
      if (readShift(doc, planned.id) || !addShift(doc, planned.id, planned.input, options.origin).ok) continue;
      added += 1;
      planned.personIds.forEach((personId, index) => {
        assignPerson(doc, planned.id, personId, options.now + index, options.origin);
      });
    }
  }, options.origin);
  return { added, skipped: draft.skipped, notOpen: draft.notOpen };
}

/** Fills a week document from the template in one transaction; shifts that already exist are kept. */
export function applyTemplate(
  doc: Y.Doc,
  options: {
    center: string;
    week: IsoWeek;
    template: readonly TemplateShift[];
    holidays?: HolidayCalendar;
    openingDays?: readonly IsoWeekday[];
    now: number;
    origin: unknown;
  },
): PlanApplied {
  return applyPlan(doc, planWeekFromTemplate(options.template, options.week, options), options);
}

/**
 * The template document (room `template/<center>`) is a week document of a fixed reference week whose
 * Monday is weekday 1, and whose assignees are the regulars. So the template is edited live with the
 * very board, picker and permission checks of a week.
 */
export const TEMPLATE_REFERENCE_WEEK: IsoWeek = { year: 2001, week: 1 };

/** The reference date the template stores a weekday under (2001-01-01 was a Monday). */
export function templateDateOf(weekday: number): LocalDate {
  const date = datesOfIsoWeek(TEMPLATE_REFERENCE_WEEK)[weekday - 1];
  if (!date) throw new RangeError(`weekday ${weekday} is not 1–7`);
  return date;
}

/** Writes a new template document's meta; an existing one is left as it is. */
export function initTemplateDoc(doc: Y.Doc, center: string, origin: unknown): void {
  initWeekDoc(doc, { center, week: TEMPLATE_REFERENCE_WEEK }, origin, { kind: 'template', status: 'published' });
}

/** Fills a template document with template shifts (e.g. imported once from SQL); existing ids are kept. */
export function writeTemplateDoc(
  doc: Y.Doc,
  options: { center: string; template: readonly TemplateShift[]; now: number; origin: unknown },
): PlanApplied {
  doc.transact(() => initTemplateDoc(doc, options.center, options.origin), options.origin);
  return applyTemplate(doc, { ...options, week: TEMPLATE_REFERENCE_WEEK });
}

/** The template as plain data, read from its document. */
export function readTemplateDoc(doc: Y.Doc): TemplateShift[] {
  return readWeek(doc).shifts.map((shift) => ({
    id: shift.id.replace(/@\d{4}-\d{2}-\d{2}$/, ''),
    areaId: shift.areaId,
    weekday: isoWeekdayOf(shift.date),
    start: shift.start,
    end: shift.end,
    needed: shift.needed,
    notes: shift.notes,
    regularIds: shift.assigned,
  }));
}

export const TEMPLATE_REFERENCE_WEEK_TEXT = formatIsoWeek(TEMPLATE_REFERENCE_WEEK);
