/**
 * A development aid for the board benchmark (apps/web/bench): how often each shift card rendered. Only
 * counts, never changes behaviour; production builds skip the counting (`import.meta.env.DEV`).
 */
export const cardRenders = new Map<string, number>();

export function countCardRender(shiftId: string): void {
  if (!import.meta.env.DEV) return;
  cardRenders.set(shiftId, (cardRenders.get(shiftId) ?? 0) + 1);
}

export function totalCardRenders(): number {
  let total = 0;
  for (const count of cardRenders.values()) total += count;
  return total;
}
