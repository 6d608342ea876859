/**
 * The hours report (issue 6): what a center shows its municipality and funders, computed only from the
 * record of finalized weeks. Durations are real minutes via shiftIntervalOf, so a shift across midnight or
 * on a DST night counts what was worked; months are those of the shift's local date.
 */
import type { AttendanceStatus } from './attendance';
import { datesOfPeriod, monthsOfPeriod, type ReportPeriod } from './report-period';
import { shiftIntervalOf } from './shift-time';

/** A shift of a finalized week, as the record keeps it. */
export interface RecordedShift {
  id: string;
  areaId: string;
  areaName: string;
  date: string;
  start: string;
  end: string;
  needed: number;
  /** The reason it was called off, else null: called-off shifts count nothing. */
  cancelled: string | null;
}

export interface RecordedAttendance {
  shiftId: string;
  personId: string;
  /** The name at finalizing: a person who has left still reads right. */
  personName: string;
  status: AttendanceStatus;
  /** "HH:MM" local when the real times differed from the plan, else null (as planned). */
  actualStart: string | null;
  actualEnd: string | null;
}

export interface AreaHours {
  areaId: string;
  areaName: string;
  /** Volunteer minutes per month "YYYY-MM" (every month of the period present, 0 when none). */
  minutesByMonth: Record<string, number>;
  minutes: number;
  /** Shifts with at least one person there. */
  shiftsCovered: number;
  /** Shifts that took place (not called off). */
  shifts: number;
  neededPlaces: number;
  /** Places filled by someone who came (present or stand-in), at most `needed` per shift. */
  filledPlaces: number;
  /** Filled / needed, 0…1; null when nothing was needed. */
  coverageRate: number | null;
  /** Planned minutes of the shifts with at least one person there: the opening hours volunteers carried. */
  openMinutesCovered: number;
}

export interface PersonYearHours {
  personId: string;
  personName: string;
  year: string;
  minutes: number;
  shifts: number;
}

export interface HoursReport {
  months: string[];
  areas: AreaHours[];
  people: PersonYearHours[];
  totals: Omit<AreaHours, 'areaId' | 'areaName'>;
}

export interface HoursReportInput {
  period: ReportPeriod;
  timeZone: string;
  shifts: readonly RecordedShift[];
  attendance: readonly RecordedAttendance[];
}

/** Who came counts; a no-show does not fill a place, a stand-in does. */
function came(row: RecordedAttendance): boolean {
  return row.status === 'present' || row.status === 'stand-in';
}

/** Real minutes one person worked on a shift: their recorded times where given, else the plan. */
export function workedMinutes(
  shift: Pick<RecordedShift, 'date' | 'start' | 'end'>,
  row: Pick<RecordedAttendance, 'actualStart' | 'actualEnd'>,
  timeZone: string,
): number {
  const start = row.actualStart ?? shift.start;
  const end = row.actualEnd ?? shift.end;
  return Math.max(0, shiftIntervalOf({ date: shift.date, start, end }, timeZone).minutes);
}

function emptyArea(areaId: string, areaName: string, months: readonly string[]): AreaHours {
  return {
    areaId,
    areaName,
    minutesByMonth: Object.fromEntries(months.map((m) => [m, 0])),
    minutes: 0,
    shiftsCovered: 0,
    shifts: 0,
    neededPlaces: 0,
    filledPlaces: 0,
    coverageRate: null,
    openMinutesCovered: 0,
  };
}

function rateOf(filled: number, needed: number): number | null {
  return needed > 0 ? filled / needed : null;
}

export function hoursReportOf(input: HoursReportInput): HoursReport {
  const months = monthsOfPeriod(input.period);
  const { first, last } = datesOfPeriod(input.period);
  const byShift = new Map<string, RecordedAttendance[]>();
  for (const row of input.attendance) byShift.set(row.shiftId, [...(byShift.get(row.shiftId) ?? []), row]);

  // Later shifts first, so an area or person is named as the newest record names them.
  const shifts = input.shifts
    .filter((s) => s.cancelled === null && s.date >= first && s.date <= last)
    .toSorted((a, b) => (b.date + b.start).localeCompare(a.date + a.start));

  const areas = new Map<string, AreaHours>();
  const people = new Map<string, PersonYearHours>();
  for (const shift of shifts) {
    const area = areas.get(shift.areaId) ?? emptyArea(shift.areaId, shift.areaName, months);
    areas.set(shift.areaId, area);
    const there = (byShift.get(shift.id) ?? []).filter(came);
    const month = shift.date.slice(0, 7);
    const year = shift.date.slice(0, 4);
    area.shifts += 1;
    area.neededPlaces += shift.needed;
    area.filledPlaces += Math.min(there.length, shift.needed);
    if (there.length > 0) {
      area.shiftsCovered += 1;
      area.openMinutesCovered += shiftIntervalOf(shift, input.timeZone).minutes;
    }
    for (const row of there) {
      const minutes = workedMinutes(shift, row, input.timeZone);
      area.minutes += minutes;
      area.minutesByMonth[month] = (area.minutesByMonth[month] ?? 0) + minutes;
      const key = `${row.personId}\u0000${year}`;
      const person = people.get(key) ?? {
        personId: row.personId,
        personName: row.personName,
        year,
        minutes: 0,
        shifts: 0,
      };
      people.set(key, person);
      person.minutes += minutes;
      person.shifts += 1;
    }
  }

  const areaList = [...areas.values()]
    .map((a) => ({ ...a, coverageRate: rateOf(a.filledPlaces, a.neededPlaces) }))
    .toSorted((a, b) => a.areaName.localeCompare(b.areaName, 'de'));
  const totals = emptyArea('', '', months);
  for (const a of areaList) {
    for (const m of months) totals.minutesByMonth[m] = (totals.minutesByMonth[m] ?? 0) + (a.minutesByMonth[m] ?? 0);
    totals.minutes += a.minutes;
    totals.shiftsCovered += a.shiftsCovered;
    totals.shifts += a.shifts;
    totals.neededPlaces += a.neededPlaces;
    totals.filledPlaces += a.filledPlaces;
    totals.openMinutesCovered += a.openMinutesCovered;
  }
  const { areaId: _id, areaName: _name, ...rest } = totals;
  return {
    months,
    areas: areaList,
    people: [...people.values()].toSorted(
      (a, b) => a.year.localeCompare(b.year) || a.personName.localeCompare(b.personName, 'de'),
    ),
    totals: { ...rest, coverageRate: rateOf(totals.filledPlaces, totals.neededPlaces) },
  };
}
