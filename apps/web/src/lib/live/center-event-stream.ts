/**
 * The browser's end of `GET /api/centers/:center/events` (ADR 14): an EventSource that reports when the
 * stream is live, which week changed, and when it is down. EventSource reconnects by itself after a network
 * failure; after an HTTP refusal or a broken answer it gives up, so this opens a new one with a growing
 * pause. After "session-ended" it stays closed: the next page load signs in again.
 */

export interface CenterStreamHandlers {
  /** The stream is (again) open: anything may have changed while it was down. */
  ready(): void;
  weekChanged(week: string): void;
  /** A request ("Anfrage") to this person was made or answered. */
  requestsChanged(): void;
  /** The center's areas changed (issue 12): pages showing them refetch the center. */
  centerChanged?(): void;
  /** The stream dropped; it is being reopened. */
  down(): void;
  /** The session ended; the stream stays closed. */
  ended(): void;
}

/** How to open the stream; `EventSource` in the browser, a fake in tests. */
export type OpenCenterStream = (center: string, handlers: CenterStreamHandlers) => { close(): void };

const FIRST_PAUSE_MS = 2_000;
const LONGEST_PAUSE_MS = 60_000;

export function centerEventsPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}/events`;
}

export const openCenterEventSource: OpenCenterStream = (center, handlers) => {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let pause = FIRST_PAUSE_MS;
  let closed = false;

  function open() {
    retry = null;
    const current = new EventSource(centerEventsPath(center));
    source = current;
    current.addEventListener('ready', () => {
      pause = FIRST_PAUSE_MS;
      handlers.ready();
    });
    current.addEventListener('week-changed', (event) => {
      const week = weekOf((event as MessageEvent<string>).data);
      if (week) handlers.weekChanged(week);
    });
    current.addEventListener('requests-changed', () => handlers.requestsChanged());
    current.addEventListener('center-changed', () => handlers.centerChanged?.());
    current.addEventListener('session-ended', () => {
      stop();
      handlers.ended();
    });
    current.addEventListener('error', () => {
      if (closed) return;
      handlers.down();
      if (current.readyState !== EventSource.CLOSED) return;
      retry = setTimeout(open, pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    });
  }

  function stop() {
    closed = true;
    source?.close();
    if (retry) clearTimeout(retry);
  }

  open();
  return { close: stop };
};

function weekOf(data: string): string | null {
  try {
    const parsed: unknown = JSON.parse(data);
    const week = typeof parsed === 'object' && parsed !== null ? (parsed as { week?: unknown }).week : null;
    return typeof week === 'string' ? week : null;
  } catch {
    return null;
  }
}
