/**
 * Arranges a week's shifts into the board's days × areas. The center's opening days always show; another
 * day only when a shift falls on it (stored before the days changed, or added by hand), marked as such,
 * so no shift is ever hidden. Shifts of an area the center no longer has go into an extra row.
 */
import { daysShown, isOpeningDay, type IsoWeekday, type LocalDate, type Shift } from '@schichtbrett/domain';
import type { Area } from '$lib/api/centers';

export const UNKNOWN_AREA_ID = '';

export interface BoardRow {
  /** `UNKNOWN_AREA_ID` for the row of shifts whose area is unknown. */
  areaId: string;
  area: Area | null;
}

export interface BoardLayout {
  days: LocalDate[];
  /** Shown days that are not opening days: they show only because shifts fall on them. */
  closedDays: ReadonlySet<LocalDate>;
  rows: BoardRow[];
  /** Shifts of one day and area, in board order. */
  cell(date: LocalDate, areaId: string): Shift[];
  /** Number of shifts on a day. */
  countOn(date: LocalDate): number;
}

export function boardLayout(
  weekDates: readonly LocalDate[],
  areas: readonly Area[],
  shifts: readonly Shift[],
  openingDays: readonly IsoWeekday[],
): BoardLayout {
  const knownAreas = new Set(areas.map((area) => area.id));
  const cells = new Map<string, Shift[]>();
  const perDay = new Map<LocalDate, number>();
  let hasUnknownArea = false;
  for (const shift of shifts) {
    const areaId = knownAreas.has(shift.areaId) ? shift.areaId : UNKNOWN_AREA_ID;
    if (areaId === UNKNOWN_AREA_ID) hasUnknownArea = true;
    const key = `${shift.date}|${areaId}`;
    const list = cells.get(key);
    if (list) list.push(shift);
    else cells.set(key, [shift]);
    perDay.set(shift.date, (perDay.get(shift.date) ?? 0) + 1);
  }
  const days = daysShown(weekDates, openingDays, perDay.keys());
  const closedDays = new Set(days.filter((date) => !isOpeningDay(date, openingDays)));
  const rows: BoardRow[] = areas.map((area) => ({ areaId: area.id, area }));
  if (hasUnknownArea) rows.push({ areaId: UNKNOWN_AREA_ID, area: null });
  return {
    days,
    closedDays,
    rows,
    cell: (date, areaId) => cells.get(`${date}|${areaId}`) ?? [],
    countOn: (date) => perDay.get(date) ?? 0,
  };
}
