/**
 * Hands what the board knows about people (absences, Nachweise) to every shift card without threading it
 * through the grid: a card counts who really fills a place with the domain's `staffing` (issue 13).
 */
import { getContext, setContext } from 'svelte';
import type { StaffingContext } from '@schichtbrett/domain';

const KEY = Symbol('staffing-context');
const NOTHING_KNOWN: StaffingContext = Object.freeze({});

/** Called by the board view; `current` is read on every use, so cards follow a new people context. */
export function provideStaffingContext(current: () => StaffingContext): void {
  setContext(KEY, current);
}

/** The board's people knowledge; nothing known outside a board (a card then counts everyone assigned). */
export function useStaffingContext(): () => StaffingContext {
  return getContext<(() => StaffingContext) | undefined>(KEY) ?? (() => NOTHING_KNOWN);
}
