import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  NAME_RULE,
  NOTES_RULE,
  REASON_RULE,
  textProblemOf,
  visibleText,
  type TextProblem,
} from './visible-text';

describe('textProblemOf', () => {
  it.each<[string, string]>([
    ['German umlauts and ß', 'Jürgen Größe-Weiß'],
    ['a Turkish name', 'Elif Yılmaz-Çağlar'],
    ['an Arabic name', 'فاطمة حداد'],
    ['a Cyrillic name', 'Ольга Петрова'],
    ['a Greek name', 'Νίκος'],
    ['a Chinese name', '王芳'],
    ['an emoji', 'Café ☕'],
    ['an emoji made of several code points', 'Familie 👩‍👩‍👧 und 👍🏽'],
    ['a Persian name with a zero-width non-joiner inside', 'می‌خواهم'],
    ['an apostrophe and a hyphen', "O'Neill-Schmidt"],
    ['a single letter', 'A'],
  ])('accepts %s as a name', (_what, name) => {
    expect(textProblemOf(name, NAME_RULE)).toBeNull();
  });

  it.each<[string, string, TextProblem]>([
    ['NUL', 'Anna\u0000K.', 'control-character'],
    ['a line break', 'Anna\nK.', 'control-character'],
    ['a carriage return', 'Anna\rK.', 'control-character'],
    ['a tab', 'Anna\tK.', 'control-character'],
    ['DEL', 'Anna\u007f', 'control-character'],
    ['a C1 control', 'Anna\u0085K.', 'control-character'],
    ['a line separator', 'Anna\u2028K.', 'control-character'],
    ['a right-to-left override', 'Anna \u202E.K', 'direction-override'],
    ['a left-to-right embedding', '\u202AAnna', 'direction-override'],
    ['a pop directional formatting', 'Anna\u202C', 'direction-override'],
    ['a first-strong isolate', 'Anna \u2068K.\u2069', 'direction-override'],
    ['a right-to-left mark', 'Anna\u200F K.', 'direction-override'],
    ['a left-to-right mark', 'Anna\u200E', 'direction-override'],
    ['an Arabic letter mark', 'Anna\u061C', 'direction-override'],
    ['a lone high surrogate', 'Anna \uD83D', 'broken-character'],
    ['a lone low surrogate', '\uDE00 Anna', 'broken-character'],
    ['a swapped surrogate pair', 'Anna \uDE00\uD83D', 'broken-character'],
    ['nothing', '', 'missing'],
    ['only spaces', '   ', 'missing'],
    ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF', 'missing'],
    ['only a Hangul filler', '\u3164', 'missing'],
    ['only a blank Braille pattern', '\u2800\u2800', 'missing'],
    ['only a combining accent', '\u0301', 'missing'],
    ['81 characters', 'a'.repeat(81), 'too-long'],
  ])('refuses %s in a name', (_what, name, problem) => {
    expect(textProblemOf(name, NAME_RULE)).toBe(problem);
  });

  it('lets notes have line breaks and tabs, be empty, and carry direction marks, but nothing else', () => {
    expect(textProblemOf('Kuchen mitbringen\n\tund Schürze', NOTES_RULE)).toBeNull();
    expect(textProblemOf('', NOTES_RULE)).toBeNull();
    expect(textProblemOf('Treffpunkt: مدخل\u200F B', NOTES_RULE)).toBeNull();
    expect(textProblemOf('Zeile\r\nZeile', NOTES_RULE)).toBe('control-character');
    expect(textProblemOf('x\u0000', NOTES_RULE)).toBe('control-character');
    expect(textProblemOf('\u202Efdp.exe', NOTES_RULE)).toBe('direction-override');
    expect(textProblemOf('\uD800', NOTES_RULE)).toBe('broken-character');
    expect(textProblemOf('a'.repeat(501), NOTES_RULE)).toBe('too-long');
  });

  it('keeps reasons on one line and lets them carry direction marks', () => {
    expect(textProblemOf('Wasserschaden im Café', REASON_RULE)).toBeNull();
    expect(textProblemOf('إجازة\u200F (Urlaub)', REASON_RULE)).toBeNull();
    expect(textProblemOf('Urlaub\nATTENDEE:x', REASON_RULE)).toBe('control-character');
    expect(textProblemOf('\u2067Urlaub\u2069', REASON_RULE)).toBe('direction-override');
  });
});

describe('cleanText', () => {
  it('normalises to NFC: a combining accent becomes one character', () => {
    const decomposed = 'Rene\u0301 Mu\u0308ller';
    expect(decomposed).toHaveLength(13);
    expect(cleanText(decomposed)).toBe('René Müller');
    expect(cleanText(decomposed)).toHaveLength(11);
  });

  it('drops whitespace and zero-width characters at either end, not inside', () => {
    expect(cleanText('\u200B  Anna K.\u200D\uFEFF\n')).toBe('Anna K.');
    expect(cleanText('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });
});

describe('visibleText', () => {
  const firstName = visibleText({ ...NAME_RULE, label: 'Der Vorname', missing: 'Bitte gib einen Vornamen an.' });
  const messageOf = (value: unknown) => {
    const parsed = v.safeParse(firstName, value);
    return parsed.success ? null : parsed.issues.map((issue) => issue.message);
  };

  it('gives the cleaned text', () => {
    expect(v.parse(firstName, '  Zoe\u0308 ')).toBe('Zoë');
  });

  it('refuses with one German sentence per problem', () => {
    expect(messageOf('Anna\u0000')).toEqual([
      'Der Vorname darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.',
    ]);
    expect(messageOf('\u202EannA')).toEqual([
      'Der Vorname enthält unsichtbare Zeichen, die die Schreibrichtung ändern. Die sind hier nicht erlaubt.',
    ]);
    expect(messageOf('Anna\uD800')).toEqual([
      'Der Vorname enthält ein beschädigtes Zeichen. Bitte tippe den Text neu ein.',
    ]);
    expect(messageOf('\u200B\u200B')).toEqual(['Bitte gib einen Vornamen an.']);
    expect(messageOf('x'.repeat(81))).toEqual(['Der Vorname ist zu lang (höchstens 80 Zeichen).']);
    expect(messageOf(42)).toEqual(['Bitte gib einen Vornamen an.']);
  });

  it('lets an optional field be left empty', () => {
    const reason = visibleText({ ...REASON_RULE, optional: true, label: 'Der Grund' });
    expect(v.parse(reason, '   ')).toBe('');
    expect(v.safeParse(reason, 'Urlaub\u0007').success).toBe(false);
  });
});
