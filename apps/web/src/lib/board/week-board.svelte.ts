/**
 * The shifts of one week as reactive state, read from the week's Y.Doc, and the edits a local user
 * makes on it. Every edit goes through a domain function with this user's origin; the state is
 * re-read from the document afterwards, so local and remote changes take the same path.
 */
import {
  addShift,
  assignPerson,
  openPlacesOf,
  readWeek,
  removeShift,
  staffingOf,
  unassignPerson,
  updateShift,
  type Shift,
  type ShiftInput,
  type ShiftPatch,
  type WeekEditResult,
  type WeekMeta,
} from '@schichtbrett/domain';
import type * as Y from 'yjs';

/** Who made a change: one object per local user and page, passed as the Yjs transaction origin. */
export interface LocalOrigin {
  kind: 'local-user';
  name: string;
}

export interface WeekBoardOptions {
  doc: Y.Doc;
  origin: LocalOrigin;
  now: () => number;
  newId: () => string;
}

export type AddShiftResult = { ok: true; id: string } | Exclude<WeekEditResult, { ok: true }>;

export interface WeekStats {
  shifts: number;
  openPlaces: number;
  withGaps: number;
}

export class WeekBoard {
  meta = $state.raw<WeekMeta | null>(null);
  /** Sorted by date, start, end, area (domain `compareShifts`). */
  shifts = $state.raw<Shift[]>([]);

  readonly stats: WeekStats = $derived.by(() => ({
    shifts: this.shifts.length,
    openPlaces: this.shifts.reduce((sum, shift) => sum + openPlacesOf(shift), 0),
    withGaps: this.shifts.filter((shift) => {
      const staffing = staffingOf(shift);
      return staffing === 'empty' || staffing === 'understaffed';
    }).length,
  }));

  readonly #doc: Y.Doc;
  readonly #origin: LocalOrigin;
  readonly #now: () => number;
  readonly #newId: () => string;
  #readScheduled = false;

  constructor({ doc, origin, now, newId }: WeekBoardOptions) {
    this.#doc = doc;
    this.#origin = origin;
    this.#now = now;
    this.#newId = newId;
    this.#read();
    doc.on('update', this.#scheduleRead);
  }

  shiftById(id: string): Shift | undefined {
    return this.shifts.find((shift) => shift.id === id);
  }

  addShift(input: ShiftInput): AddShiftResult {
    const id = this.#newId();
    const result = addShift(this.#doc, id, input, this.#origin);
    this.#read();
    return result.ok ? { ok: true, id } : result;
  }

  updateShift(id: string, patch: ShiftPatch): WeekEditResult {
    return this.#afterEdit(updateShift(this.#doc, id, patch, this.#origin));
  }

  removeShift(id: string): WeekEditResult {
    return this.#afterEdit(removeShift(this.#doc, id, this.#origin));
  }

  assign(shiftId: string, personId: string): WeekEditResult {
    return this.#afterEdit(assignPerson(this.#doc, shiftId, personId, this.#now(), this.#origin));
  }

  unassign(shiftId: string, personId: string): WeekEditResult {
    return this.#afterEdit(unassignPerson(this.#doc, shiftId, personId, this.#origin));
  }

  destroy(): void {
    this.#doc.off('update', this.#scheduleRead);
  }

  #afterEdit(result: WeekEditResult): WeekEditResult {
    // Read at once, so the caller sees its own edit before it moves focus or announces it.
    this.#read();
    return result;
  }

  /** Remote updates arrive in bursts (initial sync); read the document once per burst. */
  #scheduleRead = (): void => {
    if (this.#readScheduled) return;
    this.#readScheduled = true;
    queueMicrotask(() => {
      this.#readScheduled = false;
      this.#read();
    });
  };

  #read(): void {
    const plan = readWeek(this.#doc);
    this.meta = plan.meta;
    this.shifts = plan.shifts;
  }
}
