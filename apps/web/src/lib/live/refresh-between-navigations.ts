/**
 * SvelteKit's `invalidate` loads the current address again and abandons a navigation that is still
 * loading (its token changes). A live refresh arriving while a person submits the report's period form
 * would swallow her navigation: the address stays as it was. So a refresh waits for the navigation in
 * flight and then reads once more, for what changed meanwhile.
 */
import { navigating } from '$app/state';

export function refreshBetweenNavigations(refresh: () => Promise<void>): () => void {
  const again = () => void refresh();
  return () => {
    const inFlight = navigating.complete;
    if (inFlight) void inFlight.then(again, again);
    else again();
  };
}
