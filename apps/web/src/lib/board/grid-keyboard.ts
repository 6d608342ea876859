/**
 * The week grid as one keyboard stop (issue 13, ADR 0032): a roving tabindex over its cards and "add"
 * buttons, arrows between them, Enter for a card's main action, Tab into the active card's own buttons.
 * An attachment on the grid's root: it keeps the tab stops right whenever the cards re-render.
 */
import type { Attachment } from 'svelte/attachments';
import { isGridKey, nextGridStop, type GridPosition } from './grid-navigation';

const CARD = 'article[data-shift-id]';
/** A stop: a shift card, or an "add" button of a cell or of a day. */
const STOP = `${CARD}, [data-grid-stop]`;
/** The buttons of the people on a card: together one tab stop, arrows between them. */
const CHIP_CONTROL = '.people button';
const CONTROL = 'button, input, select, textarea, a[href]';
/** A row index after every area row: the day's own "add" button at its foot. */
const DAY_FOOT_ROW = 1_000_000;

function isShown(element: HTMLElement): boolean {
  return element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
}

/** The stops the keyboard can reach now (a day hidden by the day view has none), in document order. */
export function gridStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(STOP)].filter(isShown);
}

function positionOf(stop: HTMLElement): GridPosition {
  const day = stop.closest<HTMLElement>('[data-day-index]')?.dataset.dayIndex;
  const row = stop.closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex;
  return { day: Number(day ?? 0), row: row === undefined ? DAY_FOOT_ROW : Number(row) };
}

/** Focuses the first stop that `matches` (a day, an area), as the jump links do; false when there is none. */
export function focusFirstStop(root: ParentNode, matches: (stop: HTMLElement) => boolean): boolean {
  const stop = gridStops(root).find(matches);
  stop?.focus();
  return stop !== undefined;
}

export function rovingGrid(options: {
  /** The id of the text that tells screen readers how the grid is used; every card refers to it. */
  hintId: string;
  /** Where the grid's stop starts before anyone moved it (today's first card). */
  startSelector: string;
}): Attachment<HTMLElement> {
  return (root) => {
    let active: HTMLElement | null = null;
    /** The person button last used on each card: Tab returns to it. */
    const chipStops = new WeakMap<HTMLElement, HTMLElement>();
    let queued = false;

    function sync() {
      queued = false;
      const shown = gridStops(root);
      if (!active || !shown.includes(active))
        active = shown.find((stop) => stop.closest(options.startSelector)) ?? shown[0] ?? null;
      for (const stop of root.querySelectorAll<HTMLElement>(STOP)) stop.tabIndex = stop === active ? 0 : -1;
      for (const card of root.querySelectorAll<HTMLElement>(CARD)) {
        card.setAttribute('aria-describedby', options.hintId);
        const chips = [...card.querySelectorAll<HTMLElement>(CHIP_CONTROL)];
        const chipStop = chips.find((chip) => chip === chipStops.get(card)) ?? chips[0];
        for (const control of card.querySelectorAll<HTMLElement>(CONTROL)) {
          if (card !== active || (chips.includes(control) && control !== chipStop)) control.tabIndex = -1;
          else control.removeAttribute('tabindex');
        }
      }
    }

    // Cards come and go with every edit (ours or others'): the stops follow after the render.
    const later = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(sync);
    };
    const observer = new MutationObserver(later);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });

    function onFocusIn(event: FocusEvent) {
      if (!(event.target instanceof HTMLElement)) return;
      const stop = event.target.closest<HTMLElement>(STOP);
      if (!stop) return;
      if (event.target.matches(CHIP_CONTROL)) chipStops.set(stop, event.target);
      if (stop !== active) {
        active = stop;
        sync();
      }
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
      const target = event.target;
      if (target.matches(STOP)) {
        if (event.key === 'Enter' && target.matches(CARD)) {
          // The card's main action: "Eintragen", or "Bearbeiten" on a called-off shift.
          const primary = target.querySelector<HTMLElement>('.actions button');
          if (!primary) return;
          event.preventDefault();
          primary.click();
          return;
        }
        if (!isGridKey(event.key)) return;
        event.preventDefault();
        const stops = gridStops(root);
        const next = nextGridStop(stops.map(positionOf), stops.indexOf(target), event.key, event.ctrlKey);
        if (next !== null) stops[next]?.focus();
        return;
      }
      const card = target.closest<HTMLElement>(CARD);
      if (!card) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        card.focus();
      } else if (target.matches(CHIP_CONTROL) && isGridKey(event.key)) {
        event.preventDefault();
        const chips = [...card.querySelectorAll<HTMLElement>(CHIP_CONTROL)];
        const at = chips.indexOf(target);
        const next =
          event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? chips.length - 1
              : event.key === 'ArrowDown' || event.key === 'ArrowRight'
                ? Math.min(at + 1, chips.length - 1)
                : Math.max(at - 1, 0);
        chips[next]?.focus();
        sync();
      }
    }

    sync();
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  };
}
