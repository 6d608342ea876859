/**
 * Tells a page when the center's areas changed (`center-changed` on the center's event stream, issue 12),
 * so the board, template, people and areas pages show a rename or a new area without a reload. Returns the
 * function that stops listening (for an `$effect` cleanup).
 */
import { fetchCenter, type Area } from '$lib/api/centers';
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

/** Like `watchCenterChanges`, and hands the center's refetched active areas to `apply` (board, template). */
export function watchCenterAreas(
  center: string,
  apply: (areas: Area[]) => void,
  openStream: OpenCenterStream = openCenterEventSource,
): () => void {
  return watchCenterChanges(
    center,
    () => {
      void fetchCenter(fetch, center)
        .then((details) => {
          if (details) apply(details.areas);
        })
        // Not reachable now: the next change, or the stream's reconnect, fetches again.
        .catch(() => undefined);
    },
    openStream,
  );
}
