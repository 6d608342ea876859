/**
 * Plans a week from the template or from the previous week, as the server: the source is read from its
 * room, the week's public holidays are computed, and the plan is applied in one change of the week's
 * room (stored and broadcast). Applying is idempotent: shifts that exist are kept as they are.
 */
import {
  addIsoWeeks,
  applyPlan,
  closeDay,
  formatRoomName,
  planWeekFromCopy,
  planWeekFromTemplate,
  readMeta,
  readTemplateDoc,
  readWeek,
  setHolidays,
  type ClosedWeekdayShift,
  type IsoWeek,
  type IsoWeekday,
  type PlanFilter,
  type LocalDate,
  type SkippedShift,
  type WeekPlanDraft,
} from '@schichtbrett/domain';
import { publicHolidaysInWeek } from '@schichtbrett/domain/holidays';
import type * as Y from 'yjs';
import { type ChangeDocumentResult, type RoomRegistry, serverOrigin } from '../sync';

export type PlanSource = { source: 'template' } | { source: 'previous-week'; withPeople: boolean };

export interface PlanOutcome {
  added: number;
  skipped: SkippedShift[];
  /** Shifts of the source on weekdays the center is not open (issue 12). */
  notOpen: ClosedWeekdayShift[];
  holidays: Record<LocalDate, string>;
}

export async function planWeek(
  rooms: RoomRegistry,
  options: {
    center: string;
    stateCode: string;
    openingDays: readonly IsoWeekday[];
    /** Their shifts are not planned: copying an old week must not bring an archived area back. */
    archivedAreaIds: readonly string[];
    week: IsoWeek;
    source: PlanSource;
    now: number;
  },
): Promise<ChangeDocumentResult<PlanOutcome>> {
  const { center, week, source, now, openingDays, archivedAreaIds } = options;
  const holidays = publicHolidaysInWeek(options.stateCode, week);
  const draft = await draftOf(rooms, { center, week, source, filter: { holidays, openingDays, archivedAreaIds } });
  if (!draft.ok) return draft;
  return rooms.changeDocument(formatRoomName({ kind: 'week', center, week }), (doc) => {
    setHolidays(doc, holidays, serverOrigin);
    const applied = applyPlan(doc, draft.value, { center, week, now, origin: serverOrigin });
    if (applied.added > 0) callOffOnClosedDays(doc);
    return { added: applied.added, skipped: applied.skipped, notOpen: applied.notOpen, holidays };
  });
}

function draftOf(
  rooms: RoomRegistry,
  options: { center: string; week: IsoWeek; source: PlanSource; filter: PlanFilter },
): Promise<ChangeDocumentResult<WeekPlanDraft>> {
  const { center, week, source, filter } = options;
  if (source.source === 'template') {
    return rooms.readDocument(formatRoomName({ kind: 'template', center }), (doc) =>
      planWeekFromTemplate(readTemplateDoc(doc), week, filter),
    );
  }
  const previous = formatRoomName({ kind: 'week', center, week: addIsoWeeks(week, -1) });
  return rooms.readDocument(previous, (doc) =>
    planWeekFromCopy(readWeek(doc).shifts, week, { withPeople: source.withPeople, ...filter }),
  );
}

/** A shift planned onto a day the coordinators closed is called off like the day's other shifts. */
function callOffOnClosedDays(doc: Y.Doc): void {
  const closedDays = readMeta(doc)?.closedDays ?? {};
  const shifts = readWeek(doc).shifts;
  for (const [date, reason] of Object.entries(closedDays)) {
    if (shifts.some((shift) => shift.date === date && shift.cancelled === undefined)) {
      closeDay(doc, date, reason, serverOrigin);
    }
  }
}
