/**
 * The answer of GET …/weeks/:week/gaps (issue 6), assembled from what the route read: the heatmap of the
 * areas in scope, the gaps by urgency, and for each gap the caller may close its best suggestions. Pure,
 * so the route stays a reader and this stays testable without a server.
 */
import {
  coverageOfWeek,
  gapsOfWeek,
  rankCandidates,
  staffing,
  warningContextOf,
  type Candidate,
  type GapsView,
  type GapsViewArea,
  type LocalDate,
  type PeopleContext,
  type Shift,
  type WeekStatus,
  type Workload,
} from '@schichtbrett/domain';

/** How many suggestions a gap carries; the page shows them all, so a few is enough. */
export const SUGGESTIONS_PER_GAP = 5;

export interface GapsViewSources {
  week: string;
  status: WeekStatus;
  scope: 'mine' | 'all';
  dates: LocalDate[];
  /** The areas in scope, in the center's order. */
  areas: GapsViewArea[];
  shifts: Shift[];
  candidates: Candidate[];
  context: PeopleContext;
  workloads: ReadonlyMap<string, Workload>;
  timeZone: string;
  now: Date;
}

export function gapsViewOf(sources: GapsViewSources): GapsView {
  const inScope = new Map(sources.areas.map((area) => [area.id, area]));
  const names = new Map(sources.candidates.map((c) => [c.personId, c.name]));
  const shifts = sources.shifts.filter((shift) => inScope.has(shift.areaId));
  // Who is away and who lacks a Nachweis decides who fills a place (domain staffing.ts).
  const people = warningContextOf(sources.context);
  const gaps = gapsOfWeek(shifts, {
    status: sources.status,
    timeZone: sources.timeZone,
    now: sources.now,
    context: people,
  });
  return {
    week: sources.week,
    status: sources.status,
    scope: sources.scope,
    dates: sources.dates,
    areas: sources.areas,
    // The same shifts and the same "has it started" as the gaps: the table never shows a gap the list lacks.
    heatmap: coverageOfWeek(
      shifts,
      sources.dates,
      sources.areas.map((area) => area.id),
      { ahead: { timeZone: sources.timeZone, now: sources.now }, context: people },
    ).map(({ areaId, cells }) => ({
      areaId,
      cells: cells.map(({ date, assigned, needed, level }) => ({ date, assigned, needed, level })),
    })),
    gaps: gaps.map(({ shift, missing, unqualified }) => {
      const mayAssign = inScope.get(shift.areaId)?.mayAssign ?? false;
      // A shift that misses only a Nachweis has no place to give: whoever is suggested would be refused as full.
      const suggestions =
        mayAssign && missing > 0
          ? rankCandidates({
              shift,
              candidates: sources.candidates,
              context: sources.context,
              // All shifts of the week, out of scope too: a person busy elsewhere is busy.
              weekShifts: sources.shifts,
              workloads: sources.workloads,
            })
              .slice(0, SUGGESTIONS_PER_GAP)
              .map((s) => ({ ...s, name: names.get(s.personId) ?? '' }))
          : [];
      return {
        shiftId: shift.id,
        date: shift.date,
        start: shift.start,
        end: shift.end,
        areaId: shift.areaId,
        needed: shift.needed,
        assigned: staffing(shift, people).filling.length,
        missing,
        unqualified,
        mayAssign,
        suggestions,
      };
    }),
  };
}
