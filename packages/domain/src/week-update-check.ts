/**
 * What an incoming Yjs update would change in a week document, found by applying it to a probe copy and
 * reading the Yjs transaction (which types changed, under which keys): the shifts it touches with their
 * area before and after, whether it changes anything outside `shifts`, and whether it writes keys or
 * texts no client may write. The server decides with it whether a connection may send that update
 * (docs/sync-protocol.md, "Permissions" and "Keys and texts").
 */
import * as Y from 'yjs';
import { mayTouchShifts, type TouchedShift, type WeekAccess } from './permissions';
import {
  metaContentProblems,
  metaTextsOf,
  shiftContentProblems,
  shiftTextsOf,
  type ShiftTexts,
} from './week-content-check';

export interface WeekUpdateEffect {
  /** Whether the update adds anything to the document or deletes anything in it. */
  changed: boolean;
  /** Shifts added, removed or changed (any field, assignees included), each once. */
  touched: TouchedShift[];
  /** Changes outside `shifts.<id>`: `meta`, unknown root types, entries of `shifts` that are not keyed. */
  otherChanges: boolean;
  /**
   * Whether a shift that is still there has different stand-in requests afterwards (`shifts.<id>.standIn`,
   * also inside a shift the update creates). Only the server's stand-in commands write them.
   */
  standInChanged: boolean;
  /**
   * Whether a shift that is still there has different attendance afterwards (`shifts.<id>.attendance`,
   * also inside a shift the update creates): no-shows, stand-ins and real times are the coordinators'.
   */
  attendanceChanged: boolean;
  /**
   * Places where the update writes what no client may, whatever its role (week-content-check.ts): a new
   * shift key outside `SHIFT_KEY_PATTERN`, notes or a reason breaking the text rule. Empty when none.
   */
  invalidContent: string[];
  /**
   * Parts of the update wait for updates that have not arrived (missing dependencies). Yjs would
   * integrate them later, inside somebody else's transaction, so they could not be checked now.
   */
  incomplete: boolean;
}

/**
 * The area a shift entry counts as: its `areaId`, or `''` (an area no team lead holds) for an entry that
 * is not a map with a string `areaId`; null when there is no entry.
 */
function areaOfEntry(entry: unknown): string | null {
  if (entry === undefined) return null;
  if (!(entry instanceof Y.Map)) return '';
  const areaId: unknown = entry.get('areaId');
  return typeof areaId === 'string' ? areaId : '';
}

/** A nested map of a shift entry (`standIn`, `attendance`) as comparable text ('' for none or empty). */
function nestedOfEntry(entry: unknown, key: 'standIn' | 'attendance'): string {
  const nested = entry instanceof Y.Map ? (entry.get(key) as unknown) : undefined;
  if (!(nested instanceof Y.Map) || nested.size === 0) return '';
  return JSON.stringify([...nested.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** What the probe remembers of a shift entry between updates. */
interface ShiftFacts {
  /** `areaOfEntry`. */
  area: string | null;
  /** Stand-in requests as comparable text ('' for none); removed shifts have none. */
  standIn: string;
  attendance: string;
  texts: ShiftTexts;
}

function factsOfEntry(entry: unknown): ShiftFacts {
  return {
    area: areaOfEntry(entry),
    standIn: nestedOfEntry(entry, 'standIn'),
    attendance: nestedOfEntry(entry, 'attendance'),
    texts: shiftTextsOf(entry),
  };
}

/**
 * A copy of a week document that updates are tried on. It keeps what it judges of every shift (area,
 * stand-in requests, attendance, texts) and of meta (its texts) so that an update costs only its own size
 * to check, not the document's: apply every update the real document accepts here too (in the same
 * order), and throw the probe away after an update the real one refused.
 */
export class WeekProbe {
  private readonly doc: Y.Doc;
  private readonly shifts: Y.Map<unknown>;
  /** Each shift as of the last applied update. */
  private readonly facts = new Map<string, ShiftFacts>();
  /** The texts of meta as of the last applied update (`metaTextsOf`; meta is small). */
  private metaTexts: Map<string, unknown>;

  private constructor(state: Uint8Array) {
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, state);
    this.shifts = this.doc.getMap('shifts');
    this.shifts.forEach((entry, shiftId) => this.facts.set(shiftId, factsOfEntry(entry)));
    this.metaTexts = metaTextsOf(this.doc);
  }

  /** A probe holding the current state of `doc` (costs the size of the document, once). */
  static of(doc: Y.Doc): WeekProbe {
    return new WeekProbe(Y.encodeStateAsUpdate(doc));
  }

  /**
   * Applies `update` to the probe and reports what it changed. The probe keeps the change. Throws what
   * Yjs throws on an update it cannot decode or apply; the probe is unusable afterwards.
   */
  apply(update: Uint8Array): WeekUpdateEffect {
    const store = this.doc.store;
    const pendingBefore = [store.pendingStructs?.update ?? null, store.pendingDs];
    let transaction: Y.Transaction | null = null;
    const capture = (tr: Y.Transaction): void => {
      transaction = tr;
    };
    this.doc.on('afterTransaction', capture);
    try {
      Y.applyUpdate(this.doc, update);
    } finally {
      this.doc.off('afterTransaction', capture);
    }
    const pendingAfter = [store.pendingStructs?.update ?? null, store.pendingDs];
    const incomplete = pendingAfter.some((pending, i) => pending !== null && pending !== pendingBefore[i]);
    if (transaction === null)
      return {
        changed: false,
        touched: [],
        otherChanges: false,
        standInChanged: false,
        attendanceChanged: false,
        invalidContent: [],
        incomplete,
      };
    return { ...this.effectOf(transaction), incomplete };
  }

  destroy(): void {
    this.doc.destroy();
  }

  private effectOf(transaction: Y.Transaction): Omit<WeekUpdateEffect, 'incomplete'> {
    const changed =
      transaction.deleteSet.clients.size > 0 ||
      [...transaction.afterState].some(([client, clock]) => clock > (transaction.beforeState.get(client) ?? 0));
    const shiftIds = new Set<string>();
    let otherChanges = false;
    // `changed` holds every type that existed before the transaction and got a child added or deleted,
    // with the keys (null: list content); content of types created in the same transaction is covered
    // by the existing type they were inserted into.
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.shifts) {
        for (const key of keys) {
          if (key === null) otherChanges = true;
          else shiftIds.add(key);
        }
        continue;
      }
      const shiftId = this.shiftIdAbove(type);
      if (shiftId === null) otherChanges = true;
      else shiftIds.add(shiftId);
    }
    const touched: TouchedShift[] = [];
    const invalidContent: string[] = [];
    let standInChanged = false;
    let attendanceChanged = false;
    for (const shiftId of shiftIds) {
      const before = this.facts.get(shiftId) ?? null;
      const after = factsOfEntry(this.shifts.get(shiftId));
      // Removing a whole shift takes its requests with it; that is a change of the shift, not of them.
      if (after.area !== null && after.standIn !== (before?.standIn ?? '')) standInChanged = true;
      if (after.area !== null && after.attendance !== (before?.attendance ?? '')) attendanceChanged = true;
      if (after.area === null) this.facts.delete(shiftId);
      else {
        this.facts.set(shiftId, after);
        invalidContent.push(...shiftContentProblems(shiftId, before?.texts ?? null, after.texts));
      }
      touched.push({ shiftId, areaBefore: before?.area ?? null, areaAfter: after.area });
    }
    if (otherChanges) {
      const metaTexts = metaTextsOf(this.doc);
      invalidContent.push(...metaContentProblems(this.metaTexts, metaTexts));
      this.metaTexts = metaTexts;
    }
    return { changed, touched, otherChanges, standInChanged, attendanceChanged, invalidContent };
  }

  /** The id of the shift entry `type` lies in (at any depth), or null when it lies outside `shifts`. */
  private shiftIdAbove(type: { _item: Y.Item | null }): string | null {
    let child = type;
    for (;;) {
      const item = child._item;
      if (item === null) return null; // a root type other than `shifts`
      const parent = item.parent;
      if ((parent as unknown) === this.shifts) return item.parentSub;
      if (!(parent instanceof Y.AbstractType)) return null;
      child = parent;
    }
  }
}

/**
 * What `update` would change in `doc`, tried on a fresh probe copy; `doc` itself is never changed.
 * Costs the size of the document; the server keeps a `WeekProbe` per room instead.
 */
export function touchedShiftsOf(doc: Y.Doc, update: Uint8Array): WeekUpdateEffect {
  const probe = WeekProbe.of(doc);
  try {
    return probe.apply(update);
  } finally {
    probe.destroy();
  }
}

/**
 * Whether applying `update` to `doc` would change nothing: every struct it carries is already there and
 * every deletion already done. Such updates are what the stock client sends as sync step 2 when it has
 * nothing new. Reads `doc` without changing it, in the size of the update. Throws when the update cannot
 * be decoded.
 */
export function isNoOpUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, deletions] of ds.clients) {
    const known = doc.store.clients.get(client);
    for (const { clock, len } of deletions) {
      if (len === 0) continue;
      if (known === undefined || clock + len > Y.getState(doc.store, client)) return false;
      for (let index = Y.findIndexSS(known, clock); index < known.length; index++) {
        const struct = known[index];
        if (struct === undefined || struct.id.clock >= clock + len) break;
        if (!struct.deleted) return false;
      }
    }
  }
  return true;
}

/**
 * Whether a connection with `access` may send an update with `effect`: nobody one with invalid content
 * (a bad shift key or text); coordinators anything else; otherwise never an incomplete update, always one
 * that changes nothing; volunteers nothing else; team leads only shifts of their areas (moving one counts
 * for both areas), nothing outside `shifts`, and never the stand-in requests: those say who stays
 * responsible, so only the person (through the server) sets them; nor attendance, which becomes the
 * record a coordinator signs off by finalizing.
 */
export function mayApplyWeekUpdate(access: WeekAccess, effect: WeekUpdateEffect): boolean {
  if (effect.invalidContent.length > 0) return false;
  if (access.kind === 'write-all') return true;
  if (effect.incomplete) return false;
  if (!effect.changed && effect.touched.length === 0 && !effect.otherChanges) return true;
  if (access.kind === 'read') return false;
  return (
    !effect.otherChanges &&
    !effect.standInChanged &&
    !effect.attendanceChanged &&
    mayTouchShifts(access, effect.touched)
  );
}

/**
 * The areas an update puts a shift into: of each shift it adds or moves, the area afterwards (once each).
 * The server refuses such an update when one of them is archived, whoever sends it; shifts already in an
 * archived area (history) stay editable, since editing them does not put them there.
 */
export function areasEnteredBy(effect: WeekUpdateEffect): string[] {
  const entered = new Set<string>();
  for (const { areaBefore, areaAfter } of effect.touched) {
    if (areaAfter !== null && areaAfter !== areaBefore) entered.add(areaAfter);
  }
  return [...entered];
}
