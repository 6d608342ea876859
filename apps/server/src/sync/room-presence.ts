/**
 * A room's presence (y-protocols awareness): which connection owns which awareness client ids, the
 * identity the server stamps into every state, relaying every change to everyone, and removing a
 * connection's states when it leaves.
 */
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { SyncConnection } from './close-codes';
import type { SyncIdentity } from './identity';
import { encodeAwarenessEntries, encodeMessage, type AwarenessEntry } from './protocol';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** The `user` field of every presence state, as the server knows the person; never what the client said. */
export interface StampedUser {
  personId: string;
  name: string;
  role: SyncIdentity['role'];
}

interface ConnectionPresence {
  identity: SyncIdentity;
  /** Awareness client ids this connection owns; their states are removed when it leaves. */
  controlled: Set<number>;
  /** Whether its first awareness message (the provider's own state, sent on open) has arrived. */
  announced: boolean;
}

/** What `apply` did with a message: entries for client ids of other connections are dropped. */
export interface PresenceResult {
  /**
   * Client ids whose entries were dropped although they would have changed the state (a newer clock):
   * attempts to speak for someone else. Echoes are not listed: the stock provider sends every awareness
   * change it receives back to the server, with the clock it received.
   */
  dropped: number[];
}

export class RoomPresence {
  private readonly awareness: Awareness;
  private readonly connections = new Map<SyncConnection, ConnectionPresence>();
  /** Owner of each awareness client id that has a state. */
  private readonly owners = new Map<number, SyncConnection>();
  /** The user whose connection last owned each client id, kept after the state is gone (reconnects). */
  private readonly lastOwners = new Map<number, string>();

  /** `broadcast` sends a frame to every connection of the room, the sender included. */
  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new Awareness(doc);
    // The server itself is not present in the room.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relay);
  }

  get isEmpty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  add(connection: SyncConnection, identity: SyncIdentity): void {
    this.connections.set(connection, { identity, controlled: new Set(), announced: false });
  }

  /** Forgets a connection and removes the states it owned (the removal is broadcast). */
  remove(connection: SyncConnection): void {
    const presence = this.connections.get(connection);
    if (!presence) return;
    this.connections.delete(connection);
    for (const clientId of presence.controlled) this.owners.delete(clientId);
    if (presence.controlled.size > 0) removeAwarenessStates(this.awareness, [...presence.controlled], null);
  }

  /**
   * Applies a decoded awareness message of `connection`: entries for client ids another person's
   * connection owns are dropped, every state gets the connection's identity as `user`.
   */
  apply(connection: SyncConnection, entries: readonly AwarenessEntry[]): PresenceResult {
    const presence = this.connections.get(connection);
    if (!presence) return { dropped: [] };
    const dropped: number[] = [];
    const user = stampOf(presence.identity);
    let accepted = entries.flatMap((entry) => {
      if (!this.mayControl(connection, presence, entry)) {
        if (entry.clock > this.clockOf(entry.clientId)) dropped.push(entry.clientId);
        return [];
      }
      return [entry.state === null ? entry : { ...entry, state: { ...entry.state, user } }];
    });
    if (!presence.announced && accepted.length > 0) {
      presence.announced = true;
      // A client returning after a reconnect re-announces itself with the clock everyone saw with its
      // removal, and y-protocols ignores a state with an unchanged clock; a higher clock lets it back in.
      // Only for the same user: the provider also echoes the states of others it has just received.
      accepted = accepted.map((entry) =>
        this.isReturningClient(entry, presence.identity.userId)
          ? { ...entry, clock: this.clockOf(entry.clientId) + 1 }
          : entry,
      );
    }
    if (accepted.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
    return { dropped };
  }

  /** A frame with every current state, for a joining connection or a query-awareness. */
  statesMessage(): Uint8Array {
    const clients = [...this.awareness.getStates().keys()];
    return encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(this.awareness, clients) });
  }

  destroy(): void {
    this.awareness.off('update', this.relay);
    this.connections.clear();
    this.owners.clear();
    this.lastOwners.clear();
    this.awareness.destroy();
  }

  /**
   * A connection owns the client ids it claimed first (with a state). Another connection of the same
   * user may take one over: a reconnect whose old socket has not closed yet. Removing (state null) a
   * client id needs ownership too.
   */
  private mayControl(connection: SyncConnection, presence: ConnectionPresence, entry: AwarenessEntry): boolean {
    const owner = this.owners.get(entry.clientId);
    if (owner === connection) return true;
    if (owner === undefined) return entry.state !== null;
    return this.connections.get(owner)?.identity.userId === presence.identity.userId;
  }

  private isReturningClient(entry: AwarenessEntry, userId: string): boolean {
    return (
      entry.state !== null &&
      this.lastOwners.get(entry.clientId) === userId &&
      !this.awareness.getStates().has(entry.clientId) &&
      this.clockOf(entry.clientId) >= entry.clock
    );
  }

  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? -1;
  }

  private readonly relay = (change: AwarenessChange, origin: unknown): void => {
    const connection = origin as SyncConnection;
    const presence = this.connections.get(connection);
    if (presence) {
      for (const clientId of [...change.added, ...change.updated]) this.claim(connection, presence, clientId);
    }
    // Whoever removed it (the owner, its leaving, or the awareness timeout): it is nobody's any more.
    for (const clientId of change.removed) {
      const owner = this.owners.get(clientId);
      if (owner !== undefined) this.connections.get(owner)?.controlled.delete(clientId);
      this.owners.delete(clientId);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    // Everyone, the sender included: y-websocket clients treat silence for 30 s as a dead connection.
    this.broadcast(encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(this.awareness, changed) }));
  };

  private claim(connection: SyncConnection, presence: ConnectionPresence, clientId: number): void {
    const previous = this.owners.get(clientId);
    if (previous === connection) return;
    if (previous !== undefined) this.connections.get(previous)?.controlled.delete(clientId);
    this.owners.set(clientId, connection);
    this.lastOwners.set(clientId, presence.identity.userId);
    presence.controlled.add(clientId);
  }
}

function stampOf(identity: SyncIdentity): StampedUser {
  return { personId: identity.personId, name: identity.displayName, role: identity.role };
}
