/**
 * Areas (Bereiche) as a center sets them up (issue 12): the request and answer schemas of /api/…/areas, the
 * colour palette, the suggestions offered on first use, and the ordering step behind "nach oben/unten".
 */
import * as v from 'valibot';
import { NAME_RULE, visibleText } from './visible-text';

/**
 * What every area colour must reach: 4.5:1 against the white card surface (`--surface` in app.css) the accent
 * stripe and swatch sit on, so they are visible for everyone (ADR 0025).
 */
export const AREA_COLOR_CONTRAST = { against: '#ffffff', atLeast: 4.5 } as const;

/**
 * The colours an area may have, each meeting AREA_COLOR_CONTRAST. Colour is never the only signal: the board
 * always shows the area's name with it.
 */
export const AREA_PALETTE = [
  { color: '#b45309', name: { de: 'Bernstein', en: 'Amber' } },
  { color: '#a16207', name: { de: 'Senf', en: 'Mustard' } },
  { color: '#15803d', name: { de: 'Grün', en: 'Green' } },
  { color: '#4d7c0f', name: { de: 'Olivgrün', en: 'Olive' } },
  { color: '#0f766e', name: { de: 'Petrol', en: 'Teal' } },
  { color: '#0369a1', name: { de: 'Blau', en: 'Blue' } },
  { color: '#4338ca', name: { de: 'Indigo', en: 'Indigo' } },
  { color: '#6d28d9', name: { de: 'Violett', en: 'Violet' } },
  { color: '#a21caf', name: { de: 'Magenta', en: 'Magenta' } },
  { color: '#be185d', name: { de: 'Pink', en: 'Pink' } },
  { color: '#b91c1c', name: { de: 'Rot', en: 'Red' } },
  { color: '#475569', name: { de: 'Grau', en: 'Grey' } },
] as const;

export type AreaColor = (typeof AREA_PALETTE)[number]['color'];
export const AREA_COLORS: readonly AreaColor[] = AREA_PALETTE.map((entry) => entry.color);

/** What family centers typically run: offered on first use, one click each, none forced. */
export const AREA_SUGGESTIONS: readonly { name: string; description: string; color: AreaColor }[] = [
  { name: 'Café/Offener Treff', description: 'Kuchentheke und Kasse', color: '#b45309' },
  { name: 'Kinderbetreuung', description: 'Spielzimmer und Betreuung während der Angebote', color: '#be185d' },
  { name: 'Mittagstisch', description: 'Kochen, Ausgabe und Abwasch', color: '#15803d' },
  { name: 'Frühstück', description: 'Frühstück vorbereiten und ausgeben', color: '#a16207' },
  { name: 'Wäschedienst', description: 'Waschen, Trocknen und Falten', color: '#0369a1' },
  { name: 'Fahrdienst', description: 'Fahrten für Ältere und Familien', color: '#6d28d9' },
  { name: 'Second-Hand-Laden', description: 'Annahme, Sortieren und Verkauf', color: '#a21caf' },
  { name: 'Hausaufgabenhilfe', description: 'Lernbegleitung für Schulkinder', color: '#0f766e' },
];

/** An area's description: one line, may be empty ("Kuchentheke und Kasse"). */
export const AREA_DESCRIPTION_RULE = { max: 200, optional: true, directionMarks: true } as const;

const AreaName = visibleText({
  ...NAME_RULE,
  label: 'Der Name des Bereichs',
  missing: 'Bitte gib dem Bereich einen Namen.',
});
const AreaDescription = visibleText({ ...AREA_DESCRIPTION_RULE, label: 'Die Beschreibung' });
const AreaColorField = v.picklist(AREA_COLORS, 'Bitte wähle eine Farbe aus der Farbpalette.');
const UNKNOWN_FIELD = 'Unbekannte Angabe: erlaubt sind „name“, „description“ und „color“.';

/** POST …/areas: a new area; without a description it has none. */
export const newAreaSchema = v.strictObject(
  { name: AreaName, description: v.optional(AreaDescription, ''), color: AreaColorField },
  UNKNOWN_FIELD,
);

/** PATCH …/areas/:areaId: rename, describe or recolour; what is left out stays. */
export const areaChangesSchema = v.pipe(
  v.strictObject(
    { name: v.optional(AreaName), description: v.optional(AreaDescription), color: v.optional(AreaColorField) },
    UNKNOWN_FIELD,
  ),
  v.check(
    (changes) => changes.name !== undefined || changes.description !== undefined || changes.color !== undefined,
    'Es fehlt, was geändert werden soll („name“, „description“ oder „color“).',
  ),
);

/** PUT …/areas/order: the ids of every active area of the center, in their new order. */
export const areaOrderSchema = v.object(
  {
    areaIds: v.pipe(
      v.array(v.string(), 'Die Reihenfolge muss eine Liste von Bereichen sein („areaIds“).'),
      v.maxLength(200, 'Das sind zu viele Bereiche.'),
      v.check((ids) => new Set(ids).size === ids.length, 'Ein Bereich steht doppelt in der Reihenfolge.'),
    ),
  },
  'Die Reihenfolge muss eine Liste von Bereichen sein („areaIds“).',
);

export type NewArea = v.InferOutput<typeof newAreaSchema>;
export type AreaChanges = v.InferOutput<typeof areaChangesSchema>;

/** An area on the wire: active ones in their order, then the archived ones. */
export const areaSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  color: v.string(),
  archived: v.boolean(),
});
export type Area = v.InferOutput<typeof areaSchema>;

/** The answer of GET …/areas, and of every change of areas (the whole list, so the page shows it at once). */
export const areaListSchema = v.object({ areas: v.array(areaSchema) });
export type AreaList = v.InferOutput<typeof areaListSchema>;

/** A shift that keeps an area from being archived: it lies ahead, or it is a row of the weekly template. */
export const blockingShiftSchema = v.variant('kind', [
  v.object({
    kind: v.literal('week'),
    shiftId: v.string(),
    week: v.string(),
    date: v.string(),
    start: v.string(),
    end: v.string(),
  }),
  v.object({
    kind: v.literal('template'),
    shiftId: v.string(),
    weekday: v.picklist([1, 2, 3, 4, 5, 6, 7] as const),
    start: v.string(),
    end: v.string(),
  }),
]);
export type BlockingShift = v.InferOutput<typeof blockingShiftSchema>;

/** The 409 answer of archiving an area that still has shifts ahead. */
export const areaInUseSchema = v.object({
  error: v.literal('area-in-use'),
  message: v.string(),
  shifts: v.array(blockingShiftSchema),
});

export function decodeAreaList(value: unknown): AreaList | null {
  const parsed = v.safeParse(areaListSchema, value);
  return parsed.success ? parsed.output : null;
}

export function decodeAreaInUse(value: unknown): v.InferOutput<typeof areaInUseSchema> | null {
  const parsed = v.safeParse(areaInUseSchema, value);
  return parsed.success ? parsed.output : null;
}

/**
 * `ids` with `id` moved one place up or down; the same order when it cannot move (first up, last down,
 * unknown id), so a repeated key press at an end is harmless.
 */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return order;
  order.splice(to, 0, ...order.splice(from, 1));
  return order;
}

/**
 * `ids` with `id` dropped before the item at `before` (an index in `ids`; `ids.length` is the end), as a
 * drag and drop places it. The same order for an unknown id or a drop onto its own place.
 */
export function moveBefore(ids: readonly string[], id: string, before: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const rest = ids.filter((entry) => entry !== id);
  const at = Math.max(0, Math.min(before > from ? before - 1 : before, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** True when `proposed` names exactly the areas of `current` (a reorder may not add, drop or repeat one). */
export function isPermutationOf(proposed: readonly string[], current: readonly string[]): boolean {
  if (proposed.length !== current.length) return false;
  const known = new Set(current);
  return new Set(proposed).size === proposed.length && proposed.every((id) => known.has(id));
}
