/**
 * What a client may write into a week document, whatever its role: shift keys of the documented form
 * (`isShiftKey`) and texts that follow the text rule (`visible-text.ts`). The probe of week-update-check.ts
 * compares the texts below before and after an update; only what the update writes is judged, so a text
 * stored before the rules existed does not block an unrelated edit. Issue 11, ADR 0023.
 */
import * as Y from 'yjs';
import { isShiftKey } from './shift-key';
import { NOTES_RULE, REASON_RULE, textProblemOf, type TextRule } from './visible-text';

/** The texts of a shift entry the rules cover, as stored: anything, since a peer may have sent anything. */
export interface ShiftTexts {
  notes: unknown;
  /** The reason while the shift is called off. */
  cancelled: unknown;
}

const SHIFT_TEXT_RULES: Readonly<Record<keyof ShiftTexts, TextRule>> = { notes: NOTES_RULE, cancelled: REASON_RULE };

export function shiftTextsOf(entry: unknown): ShiftTexts {
  if (!(entry instanceof Y.Map)) return { notes: undefined, cancelled: undefined };
  return { notes: entry.get('notes') as unknown, cancelled: entry.get('cancelled') as unknown };
}

/** A path that names a place in the document for the log, the key quoted so it cannot pass for another. */
function shiftPath(shiftId: string, field?: string): string {
  return `shifts[${JSON.stringify(shiftId)}]${field ? `.${field}` : ''}`;
}

/**
 * The places an update broke the rules in one shift: its key when the update created the entry (`before`
 * null), and each text it wrote that breaks its rule. A value that is no string is left to the readers,
 * which treat the shift as malformed.
 */
export function shiftContentProblems(shiftId: string, before: ShiftTexts | null, after: ShiftTexts): string[] {
  const problems: string[] = [];
  if (before === null && !isShiftKey(shiftId)) problems.push(shiftPath(shiftId));
  for (const field of ['notes', 'cancelled'] as const) {
    const value = after[field];
    if (typeof value !== 'string' || (before !== null && before[field] === value)) continue;
    if (textProblemOf(value, SHIFT_TEXT_RULES[field]) !== null) problems.push(shiftPath(shiftId, field));
  }
  return problems;
}

/** The texts of `meta` a client could write: closed days' reasons, holiday names, who finalized. */
export function metaTextsOf(doc: Y.Doc): Map<string, unknown> {
  const meta = doc.getMap('meta');
  const texts = new Map<string, unknown>([['meta.finalizedBy', meta.get('finalizedBy')]]);
  for (const field of ['closedDays', 'holidays'] as const) {
    const nested = meta.get(field);
    if (nested instanceof Y.Map)
      for (const [key, value] of nested.entries()) texts.set(`meta.${field}[${JSON.stringify(key)}]`, value);
  }
  return texts;
}

/** The meta texts that changed from `before` to `after` and break the one-line rule of reasons. */
export function metaContentProblems(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
): string[] {
  const problems: string[] = [];
  for (const [path, value] of after) {
    if (typeof value !== 'string' || before.get(path) === value) continue;
    if (textProblemOf(value, REASON_RULE) !== null) problems.push(path);
  }
  return problems;
}
