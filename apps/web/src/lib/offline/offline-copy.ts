/**
 * How the service worker marks an answer it took from its cache because the network failed, and how the
 * page reads the mark: the time the copy was made, for "Offline – Stand von 10:42".
 */

/** Set on every cached copy (epoch milliseconds when it was stored); only a copy served offline has it. */
export const OFFLINE_COPY_HEADER = 'x-schichtbrett-offline-copy';

/** When the server gave the data of this answer, if it is an offline copy; null for a fresh answer. */
export function offlineCopyTime(response: Pick<Response, 'headers'>): number | null {
  const value = Number(response.headers.get(OFFLINE_COPY_HEADER));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** `fetchFn`, telling `note` after each answer whether it was an offline copy (and of when) or fresh (null). */
export function fetchNotingCopies(fetchFn: typeof fetch, note: (copyAt: number | null) => void): typeof fetch {
  return async (input, init) => {
    const response = await fetchFn(input, init);
    note(offlineCopyTime(response));
    return response;
  };
}
