import { describe, expect, it } from 'vitest';
import { nextGridStop, type GridPosition } from './grid-navigation';

// Monday: café (2 cards), lunch; Tuesday: lunch only; Wednesday: café, childcare, then the day's add button.
const stops: GridPosition[] = [
  { day: 0, row: 0 },
  { day: 0, row: 0 },
  { day: 0, row: 2 },
  { day: 1, row: 2 },
  { day: 2, row: 0 },
  { day: 2, row: 1 },
  { day: 2, row: 99 },
];

describe('arrow keys on the week grid', () => {
  it('moves down and up within a day and stops at its ends', () => {
    expect(nextGridStop(stops, 0, 'ArrowDown')).toBe(1);
    expect(nextGridStop(stops, 2, 'ArrowDown')).toBeNull();
    expect(nextGridStop(stops, 1, 'ArrowUp')).toBe(0);
    expect(nextGridStop(stops, 0, 'ArrowUp')).toBeNull();
    expect(nextGridStop(stops, 3, 'ArrowDown')).toBeNull();
  });

  it('moves sideways to the same area row, or the nearest one, of the next day with stops', () => {
    expect(nextGridStop(stops, 2, 'ArrowRight')).toBe(3);
    expect(nextGridStop(stops, 0, 'ArrowRight')).toBe(3);
    expect(nextGridStop(stops, 3, 'ArrowRight')).toBe(5);
    expect(nextGridStop(stops, 4, 'ArrowLeft')).toBe(3);
    expect(nextGridStop(stops, 3, 'ArrowLeft')).toBe(2);
    expect(nextGridStop(stops, 0, 'ArrowLeft')).toBeNull();
    expect(nextGridStop(stops, 6, 'ArrowRight')).toBeNull();
  });

  it('jumps to the ends of the day, or of the week with Ctrl', () => {
    expect(nextGridStop(stops, 5, 'Home')).toBe(4);
    expect(nextGridStop(stops, 4, 'End')).toBe(6);
    expect(nextGridStop(stops, 3, 'Home', true)).toBe(0);
    expect(nextGridStop(stops, 3, 'End', true)).toBe(6);
  });

  it('starts at the first stop when the current one is gone, and has none on an empty week', () => {
    expect(nextGridStop(stops, 42, 'ArrowDown')).toBe(0);
    expect(nextGridStop([], 0, 'ArrowDown')).toBeNull();
  });
});
