/**
 * Keeps a volunteer list fresh (issue 5): refetches, debounced, when the center's event stream names a
 * changed week, when the stream comes back (events may have been missed), when the browser is online again
 * and when the page is shown again. Only while the stream is down does a slow poll stand in for it.
 * `connection` says which of these holds, for the sentence under the list.
 */
import { openCenterEventSource, type OpenCenterStream } from './center-event-stream';

/** `polling`: the stream is down, the list is fetched every minute; `offline`: the browser has no network. */
export type LiveConnection = 'connecting' | 'live' | 'polling' | 'offline';

export interface LiveUpdatesOptions {
  center: string;
  refresh: () => void;
  /** The network or the stream is back (and once at the start when online): send what waited. */
  reconnected?: () => void;
  openStream?: OpenCenterStream;
  fallbackPollMs?: number;
  /** Bursts of events (a coordinator dragging cards) become one refetch. */
  debounceMs?: number;
}

export const FALLBACK_POLL_MS = 60_000;

export class LiveUpdates {
  connection = $state<LiveConnection>('connecting');

  readonly #options: LiveUpdatesOptions;

  constructor(options: LiveUpdatesOptions) {
    this.#options = options;
  }

  /** Starts listening; returns the function that stops everything (for an `$effect` cleanup). */
  start(): () => void {
    const { center, refresh, reconnected = () => {} } = this.#options;
    const openStream = this.#options.openStream ?? openCenterEventSource;
    const debounceMs = this.#options.debounceMs ?? 300;
    const pollMs = this.#options.fallbackPollMs ?? FALLBACK_POLL_MS;
    let debounce: ReturnType<typeof setTimeout> | null = null;
    let poll: ReturnType<typeof setInterval> | null = null;
    let streamLive = false;

    const refreshSoon = () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = null;
        refresh();
      }, debounceMs);
    };
    const settle = () => {
      const offline = !navigator.onLine;
      this.connection = offline ? 'offline' : streamLive ? 'live' : 'polling';
      const wantPoll = !offline && !streamLive;
      if (wantPoll && !poll) poll = setInterval(refresh, pollMs);
      if (!wantPoll && poll) {
        clearInterval(poll);
        poll = null;
      }
    };

    const stream = openStream(center, {
      ready: () => {
        streamLive = true;
        settle();
        refreshSoon();
        reconnected();
      },
      weekChanged: refreshSoon,
      // "Meine Schichten" reloads its requests with its list.
      requestsChanged: refreshSoon,
      down: () => {
        streamLive = false;
        settle();
      },
      ended: () => {
        streamLive = false;
        settle();
      },
    });
    const onOnline = () => {
      settle();
      refreshSoon();
      reconnected();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refreshSoon();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', settle);
    window.addEventListener('focus', refreshSoon);
    document.addEventListener('visibilitychange', onVisible);
    if (navigator.onLine) reconnected();
    else settle();

    return () => {
      stream.close();
      if (debounce) clearTimeout(debounce);
      if (poll) clearInterval(poll);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', settle);
      window.removeEventListener('focus', refreshSoon);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }
}
