/**
 * Tells a page when the center changed (`center-changed` on the center's event stream, issue 12: its
 * areas or its settings), so the board, template, people and areas pages show a rename, a new area or new
 * opening days without a reload. Returns the function that stops listening (for an `$effect` cleanup).
 */
import { fetchCenter, type CenterDetails } from '$lib/api/centers';
import { openCenterEventSource, type OpenCenterStream } from './center-event-stream';

export function watchCenterChanges(
  center: string,
  changed: () => void,
  openStream: OpenCenterStream = openCenterEventSource,
): () => void {
  let reopened = false;
  const stream = openStream(center, {
    // The first "ready" opens the stream; a later one follows a gap in which a change may have been missed.
    ready: () => {
      if (reopened) changed();
      reopened = true;
    },
    weekChanged: () => {},
    requestsChanged: () => {},
    centerChanged: changed,
    down: () => {},
    ended: () => {},
  });
  return () => stream.close();
}

/**
 * Like `watchCenterChanges`, and hands the refetched center (profile, opening days, active areas) to
 * `apply` (board, template).
 */
export function watchCenterDetails(
  center: string,
  apply: (details: CenterDetails) => void,
  openStream: OpenCenterStream = openCenterEventSource,
  fetchFn: typeof fetch = fetch,
): () => void {
  return watchCenterChanges(
    center,
    () => {
      void fetchCenter(fetchFn, center)
        .then((details) => {
          if (details) apply(details);
        })
        // Not reachable now: the next change, or the stream's reconnect, fetches again.
        .catch(() => undefined);
    },
    openStream,
  );
}
