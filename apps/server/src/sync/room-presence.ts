/**
 * A room's presence (y-protocols awareness): which connection speaks for which awareness client ids,
 * relaying every change to everyone, and removing a connection's states when it leaves.
 */
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { SyncConnection } from './close-codes';
import { encodeAwarenessEntries, encodeMessage, type AwarenessEntry } from './protocol';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

interface ConnectionPresence {
  /** Awareness client ids this connection speaks for; their states are removed when it leaves. */
  controlled: Set<number>;
  /** Whether its first awareness message (the provider's own state, sent on open) has arrived. */
  announced: boolean;
}

export class RoomPresence {
  private readonly awareness: Awareness;
  private readonly connections = new Map<SyncConnection, ConnectionPresence>();

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

  add(connection: SyncConnection): void {
    this.connections.set(connection, { controlled: new Set(), announced: false });
  }

  /** Forgets a connection and removes the states it spoke for (the removal is broadcast). */
  remove(connection: SyncConnection): void {
    const presence = this.connections.get(connection);
    if (!presence) return;
    this.connections.delete(connection);
    if (presence.controlled.size > 0) removeAwarenessStates(this.awareness, [...presence.controlled], null);
  }

  /** Applies a decoded awareness message of `connection`; `update` is its wire payload. */
  apply(connection: SyncConnection, entries: AwarenessEntry[], update: Uint8Array): void {
    const presence = this.connections.get(connection);
    if (presence && !presence.announced) {
      presence.announced = true;
      // A client returning after a reconnect re-announces itself with the clock everyone saw with its
      // removal, and y-protocols ignores a state with an unchanged clock; a higher clock lets it back in.
      if (entries.some((entry) => this.isReturningClient(entry))) {
        update = encodeAwarenessEntries(
          entries.map((entry) =>
            this.isReturningClient(entry) ? { ...entry, clock: this.clockOf(entry.clientId) + 1 } : entry,
          ),
        );
      }
    }
    applyAwarenessUpdate(this.awareness, update, connection);
  }

  /** A frame with every current state, for a joining connection or a query-awareness. */
  statesMessage(): Uint8Array {
    const clients = [...this.awareness.getStates().keys()];
    return encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(this.awareness, clients) });
  }

  destroy(): void {
    this.awareness.off('update', this.relay);
    this.connections.clear();
    this.awareness.destroy();
  }

  private isReturningClient(entry: AwarenessEntry): boolean {
    return (
      entry.state !== null &&
      !this.awareness.getStates().has(entry.clientId) &&
      this.clockOf(entry.clientId) >= entry.clock
    );
  }

  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? -1;
  }

  private readonly relay = (change: AwarenessChange, origin: unknown): void => {
    const controlled = this.connections.get(origin as SyncConnection)?.controlled;
    if (controlled) {
      for (const clientId of [...change.added, ...change.updated]) this.claim(controlled, clientId);
      for (const clientId of change.removed) controlled.delete(clientId);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    // Everyone, the sender included: y-websocket clients treat silence for 30 s as a dead connection.
    this.broadcast(encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(this.awareness, changed) }));
  };

  /** A client id belongs to the connection that last spoke for it (a reconnect may overlap the old socket). */
  private claim(controlled: Set<number>, clientId: number): void {
    for (const other of this.connections.values()) other.controlled.delete(clientId);
    controlled.add(clientId);
  }
}
