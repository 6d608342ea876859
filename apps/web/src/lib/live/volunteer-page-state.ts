/**
 * What both volunteer pages wire up the same way (ADR 14): the live updates, the offline claim queue of the
 * signed-in person, whether the list is an offline copy, and a claim that is queued at once when offline.
 * Created with `new` inside `$derived` in the page, so it is made afresh when the center changes.
 */
import { claimShift, type ClaimResult } from '$lib/api/claims';
import { OfflineClaims } from '$lib/offline/offline-claims.svelte';
import { OfflineFreshness } from '$lib/offline/offline-freshness.svelte';
import { LiveUpdates } from './live-updates.svelte';

export interface VolunteerPageState {
  live: LiveUpdates;
  offline: OfflineClaims;
  freshness: OfflineFreshness;
  /** Claims a place; offline it is not even tried, so the claim is queued at once. */
  claim: (shiftId: string) => Promise<ClaimResult>;
}

export function volunteerPageState(options: {
  center: string;
  personId: string;
  /** When the loaded list left the server, if it is the service worker's offline copy. */
  offlineCopyAt: number | null;
  /** Refetches the page's list (after an event, after queued claims were sent). */
  refresh: () => void;
}): VolunteerPageState {
  const { center, refresh } = options;
  const claim = (shiftId: string): Promise<ClaimResult> =>
    navigator.onLine
      ? claimShift(fetch, { center, shiftId })
      : Promise.resolve({ ok: false, reason: 'unavailable', offline: true });
  const offline = new OfflineClaims({
    center,
    personId: options.personId,
    storage: localStorage,
    send: claim,
    onSent: refresh,
  });
  return {
    claim,
    offline,
    freshness: new OfflineFreshness(options.offlineCopyAt),
    live: new LiveUpdates({ center, refresh, reconnected: () => void offline.flush() }),
  };
}
