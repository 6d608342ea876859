/** One day of a week, arranged for the printed day sheet: areas in the center's order, shifts by time. */
import { isSeekingStandIn, openPlacesOf, type LocalDate, type Shift } from '@schichtbrett/domain';
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
 */
export function daySheetAreas(
  date: LocalDate,
  shifts: readonly Shift[],
  areas: readonly Area[],
  people: readonly Person[],
  unknownPerson: string,
): DaySheetArea[] {
  const nameOf = new Map(people.map((person) => [person.id, person.displayName]));
  const byArea = new Map<string, DaySheetShift[]>();
  for (const shift of shifts) {
    if (shift.date !== date) continue;
    const list = byArea.get(shift.areaId) ?? [];
    list.push({
      id: shift.id,
      start: shift.start,
      end: shift.end,
      needed: shift.needed,
      names: shift.assigned.map((personId) => nameOf.get(personId) ?? unknownPerson),
      seekingStandIn: shift.assigned.map((personId) => isSeekingStandIn(shift, personId)),
      openPlaces: shift.cancelled ? 0 : openPlacesOf(shift),
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
