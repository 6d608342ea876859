/**
 * Presence over Yjs awareness: every browser publishes `{ user: { name, color } }`.
 * Remote states are decoded here, at the boundary; anything malformed is left out.
 */

export interface PresenceUser {
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: PresenceUser;
  isSelf: boolean;
}

export const MAX_PRESENCE_NAME_LENGTH = 40;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOR = '#4a5567';

export function decodePresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, color } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_LENGTH);
  if (!trimmed) return null;
  return {
    name: trimmed,
    color: typeof color === 'string' && HEX_COLOR.test(color) ? color : FALLBACK_COLOR,
  };
}

/** Everyone on the page, the local browser first, then by name. */
export function peersOf(states: Map<number, Record<string, unknown>>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    const user = decodePresenceUser(state.user);
    if (user) peers.push({ clientId, user, isSelf: clientId === selfId });
  }
  return peers.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId,
  );
}

/** One or two letters for an avatar: "Gast 42" → "G4", "Anna Keller" → "AK". */
export function presenceInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? '?';
  const second = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return (first + second).toUpperCase();
}
