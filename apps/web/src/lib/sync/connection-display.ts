/**
 * What the page says about the connection, derived from the sync client's state and the clock. It is
 * calm on purpose: a drop shorter than a second changes nothing on screen, and "offline" is only said
 * once reconnecting has not worked for a few seconds or the browser itself reports no network.
 */
import type { ConnectionStatus } from './week-sync.svelte';

export type ShownConnection = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

/** Drops shorter than this are not shown at all. */
export const CALM_MS = 1_000;
/** After this long without a connection the page says "offline" rather than "reconnecting". */
export const OFFLINE_AFTER_MS = 4_000;

export interface ConnectionFacts {
  status: ConnectionStatus;
  /** When the connection was lost, or null. */
  disconnectedSince: number | null;
  /** Whether the server's state arrived for this document: a first attempt that fails is not a "reconnect". */
  hasSynced: boolean;
  browserOnline: boolean;
  now: number;
}

export function shownConnection({
  status,
  disconnectedSince,
  hasSynced,
  browserOnline,
  now,
}: ConnectionFacts): ShownConnection {
  switch (status) {
    case 'connected':
    case 'connecting':
    case 'refused':
      return status;
    case 'offline': {
      const downFor = disconnectedSince === null ? Number.POSITIVE_INFINITY : now - disconnectedSince;
      if (downFor < CALM_MS) return hasSynced ? 'connected' : 'connecting';
      if (!browserOnline || downFor >= OFFLINE_AFTER_MS) return 'offline';
      return hasSynced ? 'reconnecting' : 'connecting';
    }
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/** Milliseconds until `shownConnection` may give another answer by the clock alone, or null if it will not. */
export function nextChangeIn({ status, disconnectedSince, now }: ConnectionFacts): number | null {
  if (status !== 'offline' || disconnectedSince === null) return null;
  const downFor = now - disconnectedSince;
  if (downFor < CALM_MS) return CALM_MS - downFor;
  if (downFor < OFFLINE_AFTER_MS) return OFFLINE_AFTER_MS - downFor;
  return null;
}
