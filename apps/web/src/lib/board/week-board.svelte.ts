/**
 * The shifts of one week as reactive state, read from the week's Y.Doc, and the edits a local user
 * makes on it. Every edit goes through a domain function with this user's origin; the state is
 * re-read from the document afterwards, so local and remote changes take the same path. Unchanged
 * shifts keep their objects between reads (shift-sharing.ts), so only changed cards re-render.
 */
import {
  addShift,
  addStandIn,
  assignPerson,
  confirmPresent,
  createUndoManager,
  duplicateShift,
  markNoShow,
  markPresent,
  moveAssignment,
  readShift,
  readWeek,
  removeShift,
  removeStandIn,
  setActualTimes,
  setNeededOf,
  staffing,
  unassignPerson,
  updateShift,
  warningsOfWeek,
  type ActualTimes,
  type AttendanceEditResult,
  type Shift,
  type ShiftInput,
  type ShiftPatch,
  type ShiftWarning,
  type WeekEditResult,
  type WarningContext,
  type WeekMeta,
} from '@schichtbrett/domain';
import type * as Y from 'yjs';
import { NO_WARNINGS, shareMeta, shareShifts, shareWarnings } from './shift-sharing';

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

/**
 * What one undo step does, kept on the Yjs stack item so "Rückgängig" can say what it took back. The
 * shift is a copy from the time of the edit: it may be gone by the time the step is undone.
 */
export type UndoAction =
  | { kind: 'add' | 'update' | 'remove'; shift: Shift }
  | { kind: 'duplicate'; shift: Shift }
  | { kind: 'assign' | 'unassign'; shift: Shift; personId: string }
  | { kind: 'move'; shift: Shift; toShift: Shift; personId: string }
  | { kind: 'set-needed'; count: number; needed: number };

export type UndoResult = { ok: true; action: UndoAction | null } | { ok: false };

export interface WeekStats {
  shifts: number;
  openPlaces: number;
  withGaps: number;
  /** Shifts (not called off) on which someone looks for a stand-in. */
  seekingStandIn: number;
}

/** Performance mark set whenever the shifts changed; BoardView measures from it to the updated DOM. */
export const SHIFTS_READ_MARK = 'schichtbrett:shifts-read';
export const BOARD_RENDER_MEASURE = 'schichtbrett:board-render';

export class WeekBoard {
  meta = $state.raw<WeekMeta | null>(null);
  /** Sorted by date, start, end, area (domain `compareShifts`). */
  shifts = $state.raw<Shift[]>([]);

  /** Counted with the people context: someone away that day holds no place (domain `staffing`). */
  readonly stats: WeekStats = $derived.by(() => {
    const counted = this.shifts.map((shift) => staffing(shift, this.#warningContext));
    return {
      shifts: this.shifts.length,
      openPlaces: counted.reduce((sum, { open }) => sum + open, 0),
      withGaps: counted.filter(({ open }) => open > 0).length,
      seekingStandIn: this.shifts.filter((shift) => shift.cancelled === undefined && shift.standIn !== undefined)
        .length,
    };
  });

  /**
   * Warnings per shift id: overlaps and over-staffing from the document, missing Nachweise and absences
   * from the people context (`setWarningContext`). A shift whose warnings did not change keeps the same
   * list, so its card does not re-render.
   */
  readonly warnings: ReadonlyMap<string, ShiftWarning[]> = $derived.by(() => {
    const next = shareWarnings(this.#previousWarnings, warningsOfWeek(this.shifts, this.#warningContext));
    this.#previousWarnings = next;
    return next;
  });

  /** What the warnings know about people (SQL data from the server, not in the document). */
  #warningContext = $state.raw<WarningContext>({});

  canUndo = $state(false);
  canRedo = $state(false);

  readonly #doc: Y.Doc;
  readonly #origin: LocalOrigin;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #undo: Y.UndoManager;
  #pendingAction: UndoAction | null = null;
  #previousWarnings: ReadonlyMap<string, ShiftWarning[]> = NO_WARNINGS;
  #readScheduled = false;

  constructor({ doc, origin, now, newId }: WeekBoardOptions) {
    this.#doc = doc;
    this.#origin = origin;
    this.#now = now;
    this.#newId = newId;
    this.#undo = createUndoManager(doc, origin);
    this.#undo.on('stack-item-added', this.#onStackItemAdded);
    this.#undo.on('stack-item-popped', this.#syncUndoState);
    this.#undo.on('stack-cleared', this.#syncUndoState);
    this.#read();
    doc.on('update', this.#scheduleRead);
  }

  /** New knowledge about people (Nachweise, absences): only cards whose warnings change re-render. */
  setWarningContext(context: WarningContext): void {
    this.#warningContext = context;
  }

  /** What the board knows about people, for counting who fills a place (staffing-context.ts). */
  get peopleKnowledge(): WarningContext {
    return this.#warningContext;
  }

  shiftById(id: string): Shift | undefined {
    return this.shifts.find((shift) => shift.id === id);
  }

  addShift(input: ShiftInput): AddShiftResult {
    const id = this.#newId();
    const result = this.#edit(
      () => ({ kind: 'add', shift: { id, ...input, assigned: [] } }),
      () => addShift(this.#doc, id, input, this.#origin),
    );
    return result.ok ? { ok: true, id } : result;
  }

  updateShift(id: string, patch: ShiftPatch): WeekEditResult {
    return this.#edit(
      (shift) => shift && { kind: 'update', shift },
      () => updateShift(this.#doc, id, patch, this.#origin),
      id,
    );
  }

  removeShift(id: string): WeekEditResult {
    return this.#edit(
      (shift) => shift && { kind: 'remove', shift },
      () => removeShift(this.#doc, id, this.#origin),
      id,
    );
  }

  /** Copies a shift (times, needed count, notes; not its people) to a new shift on the same day. */
  duplicateShift(id: string): AddShiftResult {
    const newId = this.#newId();
    const result = this.#edit(
      (shift) => shift && { kind: 'duplicate', shift },
      () => duplicateShift(this.#doc, id, newId, this.#origin),
      id,
    );
    return result.ok ? { ok: true, id: newId } : result;
  }

  assign(shiftId: string, personId: string): WeekEditResult {
    return this.#edit(
      (shift) => shift && { kind: 'assign', shift, personId },
      () => assignPerson(this.#doc, shiftId, personId, this.#now(), this.#origin),
      shiftId,
    );
  }

  unassign(shiftId: string, personId: string): WeekEditResult {
    return this.#edit(
      (shift) => shift && { kind: 'unassign', shift, personId },
      () => unassignPerson(this.#doc, shiftId, personId, this.#origin),
      shiftId,
    );
  }

  /** Takes a person off one shift and puts them on another: one transaction, so one undo step. */
  move(move: { fromShiftId: string; toShiftId: string; personId: string }): WeekEditResult {
    const toShift = readShift(this.#doc, move.toShiftId);
    return this.#edit(
      (shift) => shift && toShift && { kind: 'move', shift, toShift, personId: move.personId },
      () => moveAssignment(this.#doc, move, this.#now(), this.#origin),
      move.fromShiftId,
    );
  }

  /** Sets the needed count (Soll) of several shifts in one step. */
  setNeededOf(shiftIds: readonly string[], needed: number): WeekEditResult {
    return this.#edit(
      () => ({ kind: 'set-needed', count: shiftIds.length, needed }),
      () => setNeededOf(this.#doc, shiftIds, needed, this.#origin),
    );
  }

  /**
   * Attendance (issue 6): no-shows, stand-ins and real times. Each is one undo step of its own, unlabelled
   * ("Rückgängig" names no card for it), since it changes no card on the board.
   */
  markNoShow(shiftId: string, personId: string): AttendanceEditResult {
    return this.#attendanceEdit(() => markNoShow(this.#doc, shiftId, personId, this.#origin));
  }

  markPresent(shiftId: string, personId: string): AttendanceEditResult {
    return this.#attendanceEdit(() => markPresent(this.#doc, shiftId, personId, this.#origin));
  }

  /** A planned person away that day who came after all (domain `confirmPresent`). */
  confirmPresent(shiftId: string, personId: string): AttendanceEditResult {
    return this.#attendanceEdit(() => confirmPresent(this.#doc, shiftId, personId, this.#origin));
  }

  addStandIn(shiftId: string, personId: string): AttendanceEditResult {
    return this.#attendanceEdit(() => addStandIn(this.#doc, shiftId, personId, this.#origin));
  }

  removeStandIn(shiftId: string, personId: string): AttendanceEditResult {
    return this.#attendanceEdit(() => removeStandIn(this.#doc, shiftId, personId, this.#origin));
  }

  setActualTimes(shiftId: string, personId: string, times: ActualTimes): AttendanceEditResult {
    return this.#attendanceEdit(() => setActualTimes(this.#doc, shiftId, personId, times, this.#origin));
  }

  #attendanceEdit(run: () => AttendanceEditResult): AttendanceEditResult {
    this.#undo.stopCapturing();
    const result = run();
    this.#undo.stopCapturing();
    this.#read();
    return result;
  }

  /** Takes back this user's last own change (never another person's); says which one it was. */
  undo(): UndoResult {
    return this.#popStack('undo');
  }

  redo(): UndoResult {
    return this.#popStack('redo');
  }

  destroy(): void {
    this.#doc.off('update', this.#scheduleRead);
    this.#undo.destroy();
  }

  /**
   * Runs one edit as one undo step, labelled with what it did. `describe` sees the shift as it was
   * before the edit (by `shiftId`), so a deleted shift can still be named.
   */
  #edit<R extends WeekEditResult>(
    describe: (shift: Shift | null) => UndoAction | null | undefined,
    run: () => R,
    shiftId?: string,
  ): R {
    this.#pendingAction = describe(shiftId === undefined ? null : readShift(this.#doc, shiftId)) ?? null;
    // Every command is its own step, however quickly the next one follows.
    this.#undo.stopCapturing();
    const result = run();
    this.#undo.stopCapturing();
    this.#pendingAction = null;
    // Read at once, so the caller sees its own edit before it moves focus or announces it.
    this.#read();
    return result;
  }

  #popStack(which: 'undo' | 'redo'): UndoResult {
    const popped = which === 'undo' ? this.#undo.undo() : this.#undo.redo();
    if (!popped) return { ok: false };
    const action = (popped.meta.get('action') as UndoAction | undefined) ?? null;
    // The step now on the other stack is a new item; carry the label over so it can be named again.
    const other = which === 'undo' ? this.#undo.redoStack : this.#undo.undoStack;
    const added = other.at(-1);
    if (added && added !== popped && action) added.meta.set('action', action);
    this.#undo.stopCapturing();
    this.#syncUndoState();
    this.#read();
    return { ok: true, action };
  }

  readonly #onStackItemAdded = ({ stackItem }: { stackItem: { meta: Map<unknown, unknown> } }): void => {
    if (!this.#undo.undoing && !this.#undo.redoing && this.#pendingAction)
      stackItem.meta.set('action', this.#pendingAction);
    this.#syncUndoState();
  };

  readonly #syncUndoState = (): void => {
    this.canUndo = this.#undo.canUndo();
    this.canRedo = this.#undo.canRedo();
  };

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
    this.meta = shareMeta(this.meta, plan.meta);
    const shifts = shareShifts(this.shifts, plan.shifts);
    // The start of a render the board benchmark measures in Chromium (apps/web/bench/chromium).
    if (shifts !== this.shifts) globalThis.performance?.mark(SHIFTS_READ_MARK);
    this.shifts = shifts;
  }
}
