/**
 * The one rule for text that people type and others read (names, notes, reasons): what a screen shows is
 * what was stored. Refused: control characters, characters that turn the writing direction around (so
 * "Anna K." cannot be someone else), broken UTF-16, and names with nothing visible. Issue 11, ADR 0023.
 */
import * as v from 'valibot';

export interface TextRule {
  /** Longest allowed, in UTF-16 code units as `String.length` counts them (after NFC and trimming). */
  max: number;
  /** Line breaks (`\n`) and tabs are allowed: multi-line notes. Every other control character never is. */
  multiline?: boolean;
  /** Nothing to say is fine: '' (and text with nothing visible) passes. Otherwise a visible character is needed. */
  optional?: boolean;
  /**
   * The implicit direction marks U+200E, U+200F and U+061C are allowed: free text mixing Arabic or Hebrew with
   * German needs them. Names never allow them. Overrides, embeddings and isolates are refused everywhere.
   */
  directionMarks?: boolean;
}

export type TextProblem = 'broken-character' | 'control-character' | 'direction-override' | 'too-long' | 'missing';

/** Names of people, centers and areas: one line, something visible, no direction marks. */
export const NAME_RULE = { max: 80 } as const satisfies TextRule;
/** A reason (closing a day, reopening a week, an absence): one line; mixed-direction text may carry marks. */
export const REASON_RULE = { max: 200, directionMarks: true } as const satisfies TextRule;
/** A shift's notes: several lines, may be empty. */
export const NOTES_RULE = {
  max: 500,
  multiline: true,
  optional: true,
  directionMarks: true,
} as const satisfies TextRule;

/** C0 and C1 controls and DEL (`Cc`), and the Unicode line and paragraph separators (they break lines too). */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** The same but tab and line feed: a control that is not a tab or `\n`, written as "not (non-control or tab or \n)". */
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n]|[\u2028\u2029]/u;
/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder the text around them. */
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;
const DIRECTION_MARK = /[\u200E\u200F\u061C]/;
/** A high surrogate without its low half, or a low one without its high half (no `u` flag: code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Letters, digits, punctuation and symbols (emoji included) are visible; spaces, marks and format characters are not. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Letters and symbols that render as nothing: Hangul fillers and the blank Braille pattern. */
const BLANK_LOOKALIKES = /[\u115F\u1160\u3164\uFFA0\u2800]/g;
/** Whitespace and zero-width characters at either end say nothing and only make two names differ unseen. */
const EDGE_INVISIBLES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** The first problem of `text` under `rule`, or null when it may be stored as it is. Does not trim. */
export function textProblemOf(text: string, rule: TextRule): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'broken-character';
  if ((rule.multiline ? CONTROL_BUT_LINES : CONTROL).test(text)) return 'control-character';
  if (DIRECTION_OVERRIDE.test(text) || (!rule.directionMarks && DIRECTION_MARK.test(text))) return 'direction-override';
  if (text.length > rule.max) return 'too-long';
  if (!rule.optional && !hasVisibleCharacter(text)) return 'missing';
  return null;
}

export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text.replace(BLANK_LOOKALIKES, ''));
}

/**
 * What is kept of typed text: NFC (so "é" typed as e + U+0301 is the same name as "é"), without whitespace
 * and zero-width characters at either end. Lone surrogates survive it, to be refused by the rule.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(EDGE_INVISIBLES, '');
}

export interface VisibleTextOptions extends TextRule {
  /** The field with its article, starting a German sentence: "Der Vorname", "Der Grund". */
  label: string;
  /** The sentence for a missing or invisible value (and a value that is no text), e.g. "Bitte gib einen Vornamen an." */
  missing?: string;
}

/** The German sentence for `problem` of a field. */
export function textProblemMessage(problem: TextProblem, options: VisibleTextOptions): string {
  const { label } = options;
  switch (problem) {
    case 'broken-character':
      return `${label} enthält ein beschädigtes Zeichen. Bitte tippe den Text neu ein.`;
    case 'control-character':
      return options.multiline
        ? `${label} enthält Steuerzeichen; erlaubt sind nur Zeilenumbrüche und Tabulatoren.`
        : `${label} darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.`;
    case 'direction-override':
      return `${label} enthält unsichtbare Zeichen, die die Schreibrichtung ändern. Die sind hier nicht erlaubt.`;
    case 'too-long':
      return `${label} ist zu lang (höchstens ${options.max} Zeichen).`;
    case 'missing':
      return options.missing ?? `${label} braucht mindestens ein sichtbares Zeichen.`;
    default: {
      const unknown: never = problem;
      throw new Error(`unknown text problem ${String(unknown)}`);
    }
  }
}

/**
 * A valibot schema for typed text under a rule: cleans it (`cleanText`), then refuses it with one German
 * sentence for its first problem. The output is the cleaned text ('' for an optional field left empty).
 */
export function visibleText(options: VisibleTextOptions) {
  return v.pipe(
    v.string(options.missing ?? `${options.label} muss ein Text sein.`),
    v.transform(cleanText),
    v.rawCheck<string>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = textProblemOf(dataset.value, options);
      if (problem) addIssue({ message: textProblemMessage(problem, options) });
    }),
  );
}
