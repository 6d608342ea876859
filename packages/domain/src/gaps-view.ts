/**
 * The answer of GET …/weeks/:week/gaps (issue 6) as a wire type: the server builds it, the web decodes it
 * with this schema at the boundary, so both sides agree on one shape.
 */
import * as v from 'valibot';
import { parseLocalDate } from './iso-week';

const localDate = v.pipe(
  v.string(),
  v.check((text) => parseLocalDate(text) !== null),
);
const time = v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const slotTimes = v.object({
  weekday: v.picklist([1, 2, 3, 4, 5, 6, 7] as const),
  start: time,
  end: time,
  part: v.nullable(v.picklist(['vormittags', 'nachmittags', 'abends'] as const)),
});

export const gapsViewSchema = v.object({
  week: v.string(),
  status: v.picklist(['draft', 'published', 'finalized'] as const),
  scope: v.picklist(['mine', 'all'] as const),
  dates: v.array(localDate),
  areas: v.array(v.object({ id: v.string(), name: v.string(), color: v.string(), mayAssign: v.boolean() })),
  heatmap: v.array(
    v.object({
      areaId: v.string(),
      cells: v.array(
        v.object({
          date: localDate,
          assigned: count,
          needed: count,
          level: v.picklist(['none', 'full', 'partial', 'empty', 'past'] as const),
        }),
      ),
    }),
  ),
  gaps: v.array(
    v.object({
      shiftId: v.string(),
      date: localDate,
      start: time,
      end: time,
      areaId: v.string(),
      needed: count,
      /** People who are there that day (someone away holds no place; domain staffing.ts). */
      assigned: count,
      missing: count,
      /** People on it without a valid Nachweis the area requires: a gap of its own kind. */
      unqualified: count,
      mayAssign: v.boolean(),
      suggestions: v.array(
        v.object({
          personId: v.string(),
          name: v.string(),
          availability: v.variant('kind', [
            v.object({ kind: v.literal('unknown') }),
            v.object({ kind: v.picklist(['fits', 'does-not-fit'] as const), slots: v.array(slotTimes) }),
          ]),
          workload: v.object({ shifts: count, minutes: count }),
        }),
      ),
    }),
  ),
});

export type GapsView = v.InferOutput<typeof gapsViewSchema>;
export type GapItem = GapsView['gaps'][number];
export type GapSuggestion = GapItem['suggestions'][number];
export type GapsViewArea = GapsView['areas'][number];

/** The server's answer as a GapsView, or null when it is not one. */
export function decodeGapsView(value: unknown): GapsView | null {
  const parsed = v.safeParse(gapsViewSchema, value);
  return parsed.success ? parsed.output : null;
}
