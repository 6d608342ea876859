/**
 * Whether the list on screen is an offline copy from the service worker's cache, and from when: the page
 * then says "Offline – Stand von 10:42" instead of pretending the list is live.
 */
import { fetchNotingCopies } from './offline-copy';

export class OfflineFreshness {
  /** When the shown data left the server, while it is an offline copy; null while it is fresh. */
  copyAt = $state<number | null>(null);

  constructor(initial: number | null) {
    this.copyAt = initial;
  }

  /** `fetchFn` for the list's requests, keeping `copyAt` in step with each answer. */
  wrap(fetchFn: typeof fetch): typeof fetch {
    return fetchNotingCopies(fetchFn, (copyAt) => (this.copyAt = copyAt));
  }
}
