/**
 * Structural sharing between two reads of the week: a shift whose content did not change keeps its old
 * object, so Svelte (which compares by identity) re-renders only the cards that really changed.
 */
import type { Shift, ShiftWarning, WeekMeta } from '@schichtbrett/domain';

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (!same(a[index] as T, b[index] as T)) return false;
  return true;
}

export function sameShift(a: Shift, b: Shift): boolean {
  return (
    a.id === b.id &&
    a.areaId === b.areaId &&
    a.date === b.date &&
    a.start === b.start &&
    a.end === b.end &&
    a.needed === b.needed &&
    a.notes === b.notes &&
    a.cancelled === b.cancelled &&
    sameList(a.assigned, b.assigned) &&
    // Stand-in requests show on the card ("sucht Vertretung"), so they are content too.
    sameList(a.standIn ?? [], b.standIn ?? [], (x, y) => x.personId === y.personId && x.since === y.since) &&
    // Attendance shows in the attendance dialog (no-shows, stand-ins, real times).
    sameList(
      a.attendance ?? [],
      b.attendance ?? [],
      (x, y) =>
        x.personId === y.personId &&
        x.status === y.status &&
        x.actualStart === y.actualStart &&
        x.actualEnd === y.actualEnd,
    )
  );
}

/**
 * The freshly read shifts, with every unchanged one replaced by its previous object; the previous array
 * itself when nothing changed at all (order included).
 */
export function shareShifts(previous: readonly Shift[], next: Shift[]): Shift[] {
  const byId = new Map(previous.map((shift) => [shift.id, shift]));
  let changed = previous.length !== next.length;
  const shared = next.map((shift, index) => {
    const old = byId.get(shift.id);
    const kept = old && sameShift(old, shift) ? old : shift;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  return changed ? shared : (previous as Shift[]);
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function shareMeta(previous: WeekMeta | null, next: WeekMeta | null): WeekMeta | null {
  if (previous === null || next === null) return next;
  const same =
    previous.schemaVersion === next.schemaVersion &&
    previous.center === next.center &&
    previous.week === next.week &&
    previous.kind === next.kind &&
    previous.status === next.status &&
    previous.finalized?.at === next.finalized?.at &&
    previous.finalized?.by === next.finalized?.by &&
    sameRecord(previous.holidays, next.holidays) &&
    sameRecord(previous.closedDays, next.closedDays);
  return same ? previous : next;
}

function sameWarning(a: ShiftWarning, b: ShiftWarning): boolean {
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

export const NO_WARNINGS: ReadonlyMap<string, ShiftWarning[]> = new Map();

/** The warnings per shift, keeping the previous list of a shift whose warnings are the same. */
export function shareWarnings(
  previous: ReadonlyMap<string, ShiftWarning[]>,
  next: Map<string, ShiftWarning[]>,
): Map<string, ShiftWarning[]> {
  for (const [id, list] of next) {
    const old = previous.get(id);
    if (old && sameList(old, list, sameWarning)) next.set(id, old);
  }
  return next;
}
