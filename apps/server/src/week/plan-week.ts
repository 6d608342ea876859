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
  type HolidayCalendar,
  type IsoWeek,
  type LocalDate,
  type SkippedShift,
  type WeekPlanDraft,
} from '@schichtbrett/domain';
import { publicHolidaysInWeek } from '@schichtbrett/domain/holidays';
import type * as Y from 'yjs';
import { serverOrigin } from '../sync/room';
import type { ChangeDocumentResult, RoomRegistry } from '../sync/room-registry';

export type PlanSource = { source: 'template' } | { source: 'previous-week'; withPeople: boolean };

export interface PlanOutcome {
  added: number;
  skipped: SkippedShift[];
  holidays: Record<LocalDate, string>;
}

export async function planWeek(
  rooms: RoomRegistry,
  options: { center: string; stateCode: string; week: IsoWeek; source: PlanSource; now: number },
): Promise<ChangeDocumentResult<PlanOutcome>> {
  const { center, week, source, now } = options;
  const holidays = publicHolidaysInWeek(options.stateCode, week);
  const draft = await draftOf(rooms, { center, week, source, holidays });
  if (!draft.ok) return draft;
  return rooms.changeDocument(formatRoomName({ kind: 'week', center, week }), (doc) => {
    setHolidays(doc, holidays, serverOrigin);
    const applied = applyPlan(doc, draft.value, { center, week, now, origin: serverOrigin });
    if (applied.added > 0) callOffOnClosedDays(doc);
    return { added: applied.added, skipped: applied.skipped, holidays };
  });
}

function draftOf(
  rooms: RoomRegistry,
  options: { center: string; week: IsoWeek; source: PlanSource; holidays: HolidayCalendar },
): Promise<ChangeDocumentResult<WeekPlanDraft>> {
  const { center, week, source, holidays } = options;
  if (source.source === 'template') {
    return rooms.readDocument(formatRoomName({ kind: 'template', center }), (doc) =>
      planWeekFromTemplate(readTemplateDoc(doc), week, holidays),
    );
  }
  const previous = formatRoomName({ kind: 'week', center, week: addIsoWeeks(week, -1) });
  return rooms.readDocument(previous, (doc) =>
    planWeekFromCopy(readWeek(doc).shifts, week, { withPeople: source.withPeople, holidays }),
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
