/** One day of a week, arranged for the printed day sheet: areas in the center's order, shifts by time. */
import { isSeekingStandIn, staffing, type LocalDate, type Shift, type StaffingContext } from '@schichtbrett/domain';
import type { Area, Person } from '$lib/api/centers';

export interface DaySheetShift {
  id: string;
  start: string;
  end: string;
  needed: number;
  /** First name and initial, as the board shows them. */
  names: string[];
  /** Per name: whether that person looks for a stand-in (the sheet says so next to the name). */
  seekingStandIn: boolean[];
  /** Per name: whether that person is away that day (struck through, "abwesend": nobody counts on them). */
  absent: boolean[];
  /** Empty lines to write names into. */
  openPlaces: number;
  notes: string;
  /** The reason, while the shift is called off: then nobody is asked to write their name in. */
  cancelled: string | null;
}

export interface DaySheetArea {
  areaId: string;
  /** Null for shifts of an area that no longer exists. */
  area: Area | null;
  shifts: DaySheetShift[];
}

/**
 * Groups the day's shifts by area. `shifts` come sorted by date and time (WeekBoard), so each area's
 * list keeps that order. Areas without a shift that day are left out: the sheet is for the day's work.
 * `context` (absences) decides who is coming: a place held by someone away gets a line to write in.
 */
export function daySheetAreas(
  date: LocalDate,
  shifts: readonly Shift[],
  areas: readonly Area[],
  people: readonly Person[],
  unknownPerson: string,
  context: StaffingContext = {},
): DaySheetArea[] {
  const nameOf = new Map(people.map((person) => [person.id, person.displayName]));
  const byArea = new Map<string, DaySheetShift[]>();
  for (const shift of shifts) {
    if (shift.date !== date) continue;
    const list = byArea.get(shift.areaId) ?? [];
    const counted = staffing(shift, context);
    list.push({
      id: shift.id,
      start: shift.start,
      end: shift.end,
      needed: shift.needed,
      names: shift.assigned.map((personId) => nameOf.get(personId) ?? unknownPerson),
      seekingStandIn: shift.assigned.map((personId) => isSeekingStandIn(shift, personId)),
      absent: shift.assigned.map((personId) => counted.absent.includes(personId)),
      openPlaces: counted.open,
      notes: shift.notes,
      cancelled: shift.cancelled ?? null,
    });
    byArea.set(shift.areaId, list);
  }
  const known = areas
    .filter((area) => byArea.has(area.id))
    .map((area) => ({ areaId: area.id, area, shifts: byArea.get(area.id) ?? [] }));
  const knownIds = new Set(areas.map((area) => area.id));
  const unknown = [...byArea]
    .filter(([areaId]) => !knownIds.has(areaId))
    .map(([areaId, list]) => ({ areaId, area: null, shifts: list }));
  return [...known, ...unknown];
}
