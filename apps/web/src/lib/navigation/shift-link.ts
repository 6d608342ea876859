/**
 * Links straight to one shift on a week board (`/c/<center>/w/<week>?schicht=<id>`), e.g. from a
 * reminder or a chat message, and the step that brings that card into view once the board shows it.
 */

/** The query parameter that names the shift to show; German like the rest of the app's paths. */
export const SHIFT_PARAM = 'schicht';

/** How long to wait for the card: the week arrives over the socket after the page has loaded. */
const WAIT_FOR_CARD_MS = 10_000;

/** Path and query of a shift on its week board; the path is the board's route, so `resolve` is not needed. */
export function shiftLink(center: string, week: string, shiftId: string): string {
  const query = new URLSearchParams({ [SHIFT_PARAM]: shiftId });
  return `/c/${encodeURIComponent(center)}/w/${encodeURIComponent(week)}?${query.toString()}`;
}

/** The shift a URL asks for, or null. */
export function shiftIdFromUrl(url: URL): string | null {
  const id = url.searchParams.get(SHIFT_PARAM)?.trim();
  return id ? id : null;
}

/**
 * The card of a shift inside `root`. Keys of shifts are plain (`isShiftKey`), but the id comes from the URL:
 * escaped as a CSS string, line breaks included (a raw one would make the selector throw).
 */
export function shiftCardSelector(shiftId: string): string {
  const escaped = shiftId
    .replace(/["\\]/g, '\\$&')
    .replace(/[\n\r\f]/g, (lineBreak) => `\\${lineBreak.charCodeAt(0).toString(16)} `);
  return `[data-shift-id="${escaped}"]`;
}

export interface FocusShiftOptions {
  /** Stops waiting for the card after this long (ms). */
  timeout?: number;
  /** Smooth scrolling unless the person asked for reduced motion. */
  behavior?: ScrollBehavior;
}

/**
 * Scrolls to the card named by `?schicht=` and focuses it, as soon as it exists under `root` (the board
 * renders it once the week has synced). Returns a function that stops waiting; call it when the page
 * goes away. Does nothing if the URL names no shift, and gives up if the card never appears (deleted shift).
 */
export function focusShiftFromUrl(url: URL, root: ParentNode & Node, options: FocusShiftOptions = {}): () => void {
  const shiftId = shiftIdFromUrl(url);
  if (!shiftId) return () => undefined;
  const selector = shiftCardSelector(shiftId);

  const tryFocus = (): boolean => {
    const card = root.querySelector<HTMLElement>(selector);
    if (!card) return false;
    // A card is an <article>, not focusable by itself; -1 lets the script focus it without adding a tab stop.
    if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
    card.scrollIntoView({ block: 'center', behavior: options.behavior ?? scrollBehavior() });
    card.focus({ preventScroll: true });
    return true;
  };

  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), options.timeout ?? WAIT_FOR_CARD_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}

function scrollBehavior(): ScrollBehavior {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}
