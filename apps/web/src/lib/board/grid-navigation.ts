/**
 * Where an arrow key leads on the week grid (issue 13): the grid is one keyboard stop, and the arrows move
 * between its cards and "add" buttons as the WAI-ARIA grid pattern does. Pure: positions in, index out.
 */

/** One keyboard stop on the grid, in document order (day by day, each day top to bottom). */
export interface GridPosition {
  /** The day's column, 0 for the first day shown. */
  day: number;
  /** The area row; the day's own "add" button at the foot comes after every row. */
  row: number;
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

const GRID_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

export function isGridKey(key: string): key is GridKey {
  return GRID_KEYS.has(key);
}

/**
 * The index of the stop `key` leads to from `from`, or null at an edge. Up and down stay in the day;
 * left and right go to the next day that has stops, to the same area row or the nearest one; Home and End
 * go to the day's first and last stop, with `wholeWeek` (Ctrl) to the week's.
 */
export function nextGridStop(
  stops: readonly GridPosition[],
  from: number,
  key: GridKey,
  wholeWeek = false,
): number | null {
  const here = stops[from];
  if (!here) return stops.length > 0 ? 0 : null;
  const inDay = (day: number) => stops.flatMap((stop, index) => (stop.day === day ? [index] : []));
  const sameDay = inDay(here.day);
  const place = sameDay.indexOf(from);
  switch (key) {
    case 'ArrowDown':
      return sameDay[place + 1] ?? null;
    case 'ArrowUp':
      return place > 0 ? (sameDay[place - 1] ?? null) : null;
    case 'Home':
      return wholeWeek ? 0 : (sameDay[0] ?? null);
    case 'End':
      return wholeWeek ? stops.length - 1 : (sameDay.at(-1) ?? null);
    case 'ArrowRight':
    case 'ArrowLeft': {
      const days = [...new Set(stops.map((stop) => stop.day))].sort((a, b) => a - b);
      const target = key === 'ArrowRight' ? days.find((day) => day > here.day) : days.findLast((day) => day < here.day);
      if (target === undefined) return null;
      return nearestRow(stops, inDay(target), here.row);
    }
    default: {
      const unknown: never = key;
      throw new Error(`not a grid key: ${String(unknown)}`);
    }
  }
}

/** The first stop of `row` among `candidates`, else of the nearest row (the upper one on a tie). */
function nearestRow(stops: readonly GridPosition[], candidates: readonly number[], row: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const index of candidates) {
    const distance = Math.abs((stops[index]?.row ?? Infinity) - row);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}
