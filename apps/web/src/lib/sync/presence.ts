/**
 * Presence over Yjs awareness. The server stamps each state's `user` with the signed-in identity
 * `{ personId, name, role }` (docs/sync-protocol.md); remote states are decoded here, at the boundary,
 * and anything malformed is left out.
 */
import { isRole, type Role } from '@schichtbrett/domain';

export interface PresenceUser {
  personId: string;
  name: string;
  role: Role | null;
}

export interface Peer {
  clientId: number;
  user: PresenceUser;
  isSelf: boolean;
  /** The shift whose card or dialog the person is at, if any. */
  editing: string | null;
  /** No pointer or key input for a while (2 minutes); the person may have walked away. */
  idle: boolean;
}

export const MAX_PRESENCE_NAME_LENGTH = 40;
/** Longer than any shift id we create; a longer string is not one of ours. */
const MAX_EDITING_LENGTH = 200;

/** Dark enough for white initials on top (contrast ≥ 4.5:1 each). */
export const PRESENCE_COLORS = [
  '#1e40af',
  '#9d174d',
  '#065f46',
  '#6d28d9',
  '#92400e',
  '#155e75',
  '#3f6212',
  '#86198f',
] as const;

export function decodePresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, personId, role } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  const trimmed = name.trim().slice(0, MAX_PRESENCE_NAME_LENGTH);
  if (!trimmed) return null;
  return {
    personId: typeof personId === 'string' ? personId : '',
    name: trimmed,
    role: isRole(role) ? role : null,
  };
}

function decodeEditing(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_EDITING_LENGTH ? value : null;
}

/**
 * Everyone on the page, the local browser first, then by name. A person with the board open on two
 * devices (or tabs) is listed once; their own entry counts as "you" when one of them is this browser.
 * Such a person edits what any of their devices edits, and is idle only when all of them are.
 */
export function peersOf(states: Map<number, Record<string, unknown>>, selfId: number): Peer[] {
  const byPerson = new Map<string, Peer>();
  for (const [clientId, state] of states) {
    const user = decodePresenceUser(state.user);
    if (!user) continue;
    const key = user.personId ? `person:${user.personId}` : `client:${clientId}`;
    const peer: Peer = {
      clientId,
      user,
      isSelf: clientId === selfId,
      editing: decodeEditing(state.editing),
      idle: state.idle === true,
    };
    const known = byPerson.get(key);
    if (!known) {
      byPerson.set(key, peer);
      continue;
    }
    const kept = peer.isSelf && !known.isSelf ? peer : known;
    const other = kept === peer ? known : peer;
    byPerson.set(key, { ...kept, editing: kept.editing ?? other.editing, idle: kept.idle && other.idle });
  }
  return [...byPerson.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId,
  );
}

/** One or two letters for an avatar: "Ulrike K." → "UK", "Anna Maria Keller" → "AK". */
export function presenceInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? '?';
  const second = words.length > 1 ? (words[words.length - 1]?.charAt(0) ?? '') : '';
  return (first + second).toUpperCase();
}

/** The same colour for a person on every screen; it only decorates, the name says who it is. */
export function presenceColor(user: Pick<PresenceUser, 'personId' | 'name'>): string {
  const key = user.personId || user.name;
  let hash = 0;
  for (let index = 0; index < key.length; index += 1) hash = (hash * 31 + key.charCodeAt(index)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}

const NO_EDITORS: readonly Peer[] = Object.freeze([]);

/**
 * The other people at each shift's card, idle ones left out (they may have walked away). Shifts nobody
 * is at are missing from the map; `editorsOf` gives them one shared empty list.
 */
export function editorsByShift(peers: readonly Peer[]): Map<string, Peer[]> {
  const byShift = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (peer.isSelf || peer.idle || peer.editing === null) continue;
    const list = byShift.get(peer.editing);
    if (list) list.push(peer);
    else byShift.set(peer.editing, [peer]);
  }
  return byShift;
}

export function editorsOf(editors: ReadonlyMap<string, readonly Peer[]>, shiftId: string): readonly Peer[] {
  return editors.get(shiftId) ?? NO_EDITORS;
}
