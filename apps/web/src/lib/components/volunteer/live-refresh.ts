/**
 * "Live enough" for the volunteer lists: refetch every 30 seconds and whenever the page comes back into
 * view (window focus, tab visible again). Deliberately simple polling instead of a socket per list: the
 * claim itself is checked by the server, so a list that is a few seconds old can only cost a polite refusal.
 */

export const LIVE_REFRESH_MS = 30_000;

/** Starts refreshing; returns the function that stops it (for an `$effect` cleanup). */
export function startLiveRefresh(refresh: () => void, intervalMs = LIVE_REFRESH_MS): () => void {
  const timer = setInterval(refresh, intervalMs);
  const onVisible = () => {
    if (document.visibilityState === 'visible') refresh();
  };
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', refresh);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
