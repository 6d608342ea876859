/**
 * The week lifecycle commands of the server (`/api/centers/:center/weeks/:week/…`, coordinators only):
 * plan a week from the template or the week before, publish and unpublish, close and reopen a day,
 * finalize a week (it becomes the record) and reopen it with a reason.
 * Answers are decoded at the boundary; a refusal carries the server's German message to show as it is.
 * The state itself (status, holidays, closed days) arrives live over /sync, not from these answers.
 */
import {
  isWeekStatus,
  type ClosedWeekdayShift,
  type IsoWeekday,
  type LocalDate,
  type SkippedShift,
  type WeekStatus,
} from '@schichtbrett/domain';

type Fetch = typeof fetch;

export type PlanSource = { source: 'template' } | { source: 'previous-week'; withPeople: boolean };

export interface PlanOutcome {
  /** Shifts created; existing shifts are kept, so planning twice adds 0 the second time. */
  added: number;
  /** Shifts left out because their day is a public holiday; their people are excused. */
  skipped: SkippedShift[];
  /** Shifts left out because the center is not open on their weekday (issue 12). */
  notOpen: ClosedWeekdayShift[];
  holidays: Record<LocalDate, string>;
}

/** Why a command did not happen: `refused` carries the server's message, `unavailable` has none. */
export type CommandFailure =
  | { ok: false; reason: 'refused'; status: number; error: string; message: string }
  | { ok: false; reason: 'unavailable' };

export type CommandResult<T> = ({ ok: true } & T) | CommandFailure;

/** Longest reason for closing a day the server accepts. */
export const CLOSE_REASON_MAX = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function decodeSkipped(value: unknown): SkippedShift | null {
  if (!isRecord(value)) return null;
  const { id, date, holiday, excusedPersonIds } = value;
  if (typeof id !== 'string' || typeof date !== 'string' || typeof holiday !== 'string') return null;
  return {
    id,
    date,
    holiday,
    excusedPersonIds: Array.isArray(excusedPersonIds)
      ? excusedPersonIds.filter((person): person is string => typeof person === 'string')
      : [],
  };
}

function decodeNotOpen(value: unknown): ClosedWeekdayShift | null {
  if (!isRecord(value)) return null;
  const { id, date, weekday } = value;
  if (typeof id !== 'string' || typeof date !== 'string') return null;
  if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) return null;
  return { id, date, weekday: weekday as IsoWeekday };
}

/** The answer of `…/plan`; null when it is not one. */
export function decodePlanOutcome(value: unknown): PlanOutcome | null {
  if (!isRecord(value) || typeof value.added !== 'number' || !Number.isInteger(value.added) || value.added < 0) {
    return null;
  }
  const skipped = Array.isArray(value.skipped)
    ? value.skipped.map(decodeSkipped).filter((entry): entry is SkippedShift => entry !== null)
    : [];
  const notOpen = Array.isArray(value.notOpen)
    ? value.notOpen.map(decodeNotOpen).filter((entry): entry is ClosedWeekdayShift => entry !== null)
    : [];
  return { added: value.added, skipped, notOpen, holidays: stringRecord(value.holidays) };
}

function decodeStatus(value: unknown): { status: WeekStatus } | null {
  if (!isRecord(value)) return null;
  const { status } = value;
  return isWeekStatus(status) ? { status } : null;
}

function weekPath(center: string, week: string): string {
  return `/api/centers/${encodeURIComponent(center)}/weeks/${encodeURIComponent(week)}`;
}

/** POSTs a command; the server's refusal (4xx with `{ error, message }`) becomes a value. */
async function command<T>(
  fetchFn: Fetch,
  path: string,
  body: unknown,
  decode: (value: unknown) => T | null,
): Promise<CommandResult<T>> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const decoded = decode(answer);
    return decoded ? { ok: true, ...decoded } : { ok: false, reason: 'unavailable' };
  }
  const message = isRecord(answer) && typeof answer.message === 'string' ? answer.message.trim() : '';
  if (response.status >= 400 && response.status < 500 && message) {
    const error = isRecord(answer) && typeof answer.error === 'string' ? answer.error : 'refused';
    return { ok: false, reason: 'refused', status: response.status, error, message };
  }
  return { ok: false, reason: 'unavailable' };
}

/** Fills a week from the template (with the regulars) or from the week before; existing shifts stay. */
export function planWeek(
  fetchFn: Fetch,
  target: { center: string; week: string },
  source: PlanSource,
): Promise<CommandResult<PlanOutcome>> {
  return command(fetchFn, `${weekPath(target.center, target.week)}/plan`, source, decodePlanOutcome);
}

/** Makes the week visible to everyone in the center. */
export function publishWeek(
  fetchFn: Fetch,
  target: { center: string; week: string },
): Promise<CommandResult<{ status: WeekStatus }>> {
  return command(fetchFn, `${weekPath(target.center, target.week)}/publish`, {}, decodeStatus);
}

/** Takes the week back into draft: only coordinators see it again. */
export function unpublishWeek(
  fetchFn: Fetch,
  target: { center: string; week: string },
): Promise<CommandResult<{ status: WeekStatus }>> {
  return command(fetchFn, `${weekPath(target.center, target.week)}/unpublish`, {}, decodeStatus);
}

const accepted = (): Record<string, never> => ({});

/** Closes a day: its shifts are called off (kept, with their people) and the reason is shown. */
export function closeDay(
  fetchFn: Fetch,
  target: { center: string; week: string; date: LocalDate },
  reason: string,
): Promise<CommandResult<Record<string, never>>> {
  const path = `${weekPath(target.center, target.week)}/days/${encodeURIComponent(target.date)}/close`;
  return command(fetchFn, path, { reason }, accepted);
}

/** Opens a closed day again; its shifts take place again with the people they had. */
export function reopenDay(
  fetchFn: Fetch,
  target: { center: string; week: string; date: LocalDate },
): Promise<CommandResult<Record<string, never>>> {
  const path = `${weekPath(target.center, target.week)}/days/${encodeURIComponent(target.date)}/reopen`;
  return command(fetchFn, path, {}, accepted);
}

/** Finalizes the week: the record is written and the board becomes read-only for everyone. */
export function finalizeWeek(
  fetchFn: Fetch,
  target: { center: string; week: string },
): Promise<CommandResult<{ status: WeekStatus }>> {
  return command(fetchFn, `${weekPath(target.center, target.week)}/finalize`, {}, decodeStatus);
}

/** Opens a finalized week again; the reason is recorded with who and when. */
export function reopenWeek(
  fetchFn: Fetch,
  target: { center: string; week: string },
  reason: string,
): Promise<CommandResult<{ status: WeekStatus }>> {
  return command(fetchFn, `${weekPath(target.center, target.week)}/reopen`, { reason }, decodeStatus);
}
