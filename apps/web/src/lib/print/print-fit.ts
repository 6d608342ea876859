/**
 * How large the printed week plan and day sheet set their type, by rule rather than by luck (ADR 0033): count
 * the lines a page's content needs at full size, compare them with the lines one sheet holds, and scale the
 * type by the ratio within set bounds. Names never go below 10 pt (the CSS floors them); the rest shrinks.
 */
import type { Shift } from '@schichtbrett/domain';

/** Scale of the printed type: a sparse week may grow a little, a full one shrink until names hit their floor. */
export const PRINT_SCALE = { min: 0.8, max: 1.15 } as const;

/** `capacity` lines fit one sheet at scale 1; content needing `lines` gets capacity / lines, within the bounds. */
export function printScale(lines: number, capacity: number): number {
  if (lines <= 0) return PRINT_SCALE.max;
  const ratio = Math.floor((capacity / lines) * 100) / 100;
  return Math.min(PRINT_SCALE.max, Math.max(PRINT_SCALE.min, ratio));
}

/**
 * Counted lines one A4 landscape sheet holds at scale 1 (194 mm between the margins, less about 20 mm of
 * heading, key and day heads). Measured on the demo week (seven areas, six days, 37 shifts: 40 counted lines,
 * 231 mm tall at scale 1, 181 mm at 0.8) and set so that it lands with a few millimetres to spare.
 */
export const WEEK_PAGE_LINES = 33;

/** Characters of names on one card line: a day column is about 40 mm wide on a six-day week. */
const NAME_CHARS_PER_LINE = 22;
/** A name as the board prints it ("Anna K.", and its comma): about nine characters. */
const NAME_CHARS = 9;
const NOTE_CHARS_PER_LINE = 30;
/** Padding and border of a card, in lines. */
const CARD_FRAME = 0.6;
/** Padding of a row's cell, in lines. */
const ROW_FRAME = 0.5;

/** Lines one card needs: its time, its staffing, its names (comma-separated) and its note. */
export function cardLines(shift: Pick<Shift, 'assigned' | 'notes'>, days: number): number {
  const nameWidth = Math.max(1, Math.round((NAME_CHARS_PER_LINE * 6) / Math.max(days, 1)));
  const names = Math.max(1, Math.ceil((shift.assigned.length * NAME_CHARS) / nameWidth));
  const notes = shift.notes.trim() === '' ? 0 : Math.ceil(shift.notes.length / NOTE_CHARS_PER_LINE);
  return 2 + names + notes + CARD_FRAME;
}

/** Lines of the whole week: each area's row is as tall as its fullest day. */
export function weekPrintLines(rows: readonly (readonly (readonly Pick<Shift, 'assigned' | 'notes'>[])[])[]): number {
  return rows.reduce((sum, cells) => {
    const days = cells.length;
    const tallest = Math.max(
      0,
      ...cells.map((cell) => cell.reduce((lines, shift) => lines + cardLines(shift, days), 0)),
    );
    return sum + Math.max(tallest, 1) + ROW_FRAME;
  }, 0);
}

/**
 * Counted lines one A4 portrait sheet holds at scale 1 (271 mm between the margins, less the heading and
 * contact). Measured on the demo's fullest day (43 counted lines, 302 mm tall at scale 1, 247 mm at 0.8) and
 * set so that it lands with a few millimetres to spare.
 */
export const DAY_PAGE_LINES = 36;

/** A place on the day sheet (a name, or a dotted line to write one on) is taller than a line of text. */
const PLACE_LINES = 1.45;
/** An area's heading and its table's column heads. */
const AREA_HEAD_LINES = 3;

/** Lines of the day sheet: per area its heading, per shift its places or its time and note, whichever is taller. */
export function dayPrintLines(
  areas: readonly { shifts: readonly { names: readonly string[]; openPlaces: number; notes: string }[] }[],
): number {
  return areas.reduce(
    (sum, area) =>
      sum +
      AREA_HEAD_LINES +
      area.shifts.reduce((lines, shift) => {
        const places = Math.max(1, shift.names.length + shift.openPlaces) * PLACE_LINES;
        const text = 1 + (shift.notes.trim() === '' ? 0 : Math.ceil(shift.notes.length / NOTE_CHARS_PER_LINE));
        return lines + Math.max(places, text);
      }, 0),
    0,
  );
}
