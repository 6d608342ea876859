/**
 * Geometry of the hours chart: one horizontal bar per month, stacked by area, on a scale with round
 * steps. Horizontal, so that a phone shows every month with its label in one readable row.
 */

export interface ChartSegment {
  areaIndex: number;
  minutes: number;
  /** From the left of the bar area, in pixels. */
  x: number;
  width: number;
}

export interface ChartRow {
  month: string;
  minutes: number;
  segments: ChartSegment[];
}

export interface ChartScale {
  /** Hours at the right end of the bar area. */
  maxHours: number;
  /** Hours of each grid line, from 0. */
  ticks: number[];
}

/** A round upper end for the axis with about four steps: 13 h → 15 (steps of 5), 130 h → 150. */
export function scaleFor(maxHours: number): ChartScale {
  if (maxHours <= 0) return { maxHours: 4, ticks: [0, 1, 2, 3, 4] };
  const rough = maxHours / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const steps = Math.ceil(maxHours / step);
  return { maxHours: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) };
}

export function chartRows(options: {
  months: readonly string[];
  areas: readonly { minutesByMonth: Readonly<Record<string, number>> }[];
  barWidth: number;
  scale: ChartScale;
}): ChartRow[] {
  const pixelsPerMinute = options.barWidth / (options.scale.maxHours * 60);
  return options.months.map((month) => {
    let x = 0;
    const segments: ChartSegment[] = [];
    options.areas.forEach((area, areaIndex) => {
      const minutes = area.minutesByMonth[month] ?? 0;
      if (minutes <= 0) return;
      const width = minutes * pixelsPerMinute;
      segments.push({ areaIndex, minutes, x, width });
      x += width;
    });
    return { month, minutes: segments.reduce((sum, s) => sum + s.minutes, 0), segments };
  });
}
