/**
 * Fill colours of the hours chart (issue 13): each area keeps its own colour from the areas palette (ADR 0025),
 * so the chart reads like the board; two areas never share a fill, and the chart's patterns and labels still say
 * which is which without colour.
 */
import { AREA_COLORS } from './areas';
import type { AreaHours } from './hours-report';

/**
 * One fill per area, in the given order, all different while the palette lasts: an area's own colour when no
 * earlier area has it, else the first palette colour nobody else has (their own colours stay theirs). A center
 * with more areas than the palette has colours repeats palette colours; the patterns still tell them apart.
 */
export function distinctChartColors(ownColors: readonly (string | null)[]): string[] {
  const own = ownColors.map((color) => color?.toLowerCase() ?? null);
  const taken = new Set<string>();
  const fills = own.map((color) => {
    if (color === null || taken.has(color)) return null;
    taken.add(color);
    return color;
  });
  const spare = AREA_COLORS.filter((color) => !own.includes(color));
  let next = 0;
  return fills.map((fill) => {
    if (fill !== null) return fill;
    const free = spare.find((color) => !taken.has(color)) ?? AREA_COLORS[next++ % AREA_COLORS.length]!;
    taken.add(free);
    return free;
  });
}

/** An area of the hours report with its chart fill (GET …/reports/hours). */
export type ChartedAreaHours = AreaHours & { color: string };
