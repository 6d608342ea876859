/**
 * A y-websocket client without a socket, for Room tests: it behaves like the stock provider (step 1 on
 * connect, step 2 in reply, updates while connected, awareness) but queues messages in both directions,
 * so a test decides when and in which order they travel.
 */
import { weekAccessOf, type Role } from '@schichtbrett/domain';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type Room, type SyncConnection, type SyncIdentity, decodeMessage, encodeMessage } from '../../src/sync';

/** A socket's identity as the server would establish it: `user-<name>`, `person-<name>`, access by role. */
export function testIdentity(role: Role, { name = role as string, areaIds = [] as string[] } = {}): SyncIdentity {
  return {
    userId: `user-${name}`,
    sessionId: `session-${name}`,
    personId: `person-${name}`,
    displayName: name,
    role,
    access: weekAccessOf({ center: 'demo', personId: `person-${name}`, role, areaIds, displayName: name }),
  };
}

/** The `user` the server stamps into every presence state of a socket with `identity`. */
export function stampedUser(identity: SyncIdentity): { personId: string; name: string; role: Role } {
  return { personId: identity.personId, name: identity.displayName, role: identity.role };
}

/** The identity of sockets in tests that are not about permissions: a coordinator may do everything. */
export const coordinatorIdentity = testIdentity('coordinator');

export class SimulatedClient implements SyncConnection {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Frames the server sent, not yet processed. */
  inbox: Uint8Array[] = [];
  /** Frames for the server, not yet delivered. */
  outbox: Uint8Array[] = [];
  /** Every frame the server ever sent this client. */
  readonly received: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  private room: Room | null = null;

  constructor(
    clientId?: number,
    readonly identity: SyncIdentity = coordinatorIdentity,
  ) {
    this.doc = new Y.Doc();
    if (clientId !== undefined) this.doc.clientID = clientId;
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this && this.room) this.outbox.push(encodeMessage({ kind: 'update', update }));
    });
    // Like the provider, it sends every awareness change on, including ones it just received (echoes).
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      if (!this.room) return;
      const clients = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      this.outbox.push(
        encodeMessage({ kind: 'awareness-update', update: encodeAwarenessUpdate(this.awareness, clients) }),
      );
    });
  }

  get isConnected(): boolean {
    return this.room !== null;
  }

  send(message: Uint8Array): void {
    this.received.push(message);
    this.inbox.push(message);
  }

  close(code: number, reason: string): void {
    this.closed = { code, reason };
    this.room = null;
    this.inbox = [];
    this.outbox = [];
  }

  /** Opens the "socket": the room sends its step 1, the client queues its own step 1 and presence. */
  connect(room: Room): void {
    this.closed = null;
    this.room = room;
    room.join(this, this.identity);
    this.outbox.push(encodeMessage({ kind: 'sync-step-1', stateVector: Y.encodeStateVector(this.doc) }));
    if (this.awareness.getLocalState() !== null) {
      this.outbox.push(
        encodeMessage({
          kind: 'awareness-update',
          update: encodeAwarenessUpdate(this.awareness, [this.doc.clientID]),
        }),
      );
    }
  }

  /** The socket drops: undelivered frames are lost, as on a real network. */
  disconnect(): void {
    const room = this.room;
    this.room = null;
    this.inbox = [];
    this.outbox = [];
    room?.leave(this);
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
  }

  /** Sends queued frames to the room, at most `limit` of them. */
  flushOutbox(limit = Infinity): void {
    while (this.room && this.outbox.length > 0 && limit-- > 0) {
      this.room.receive(this, this.outbox.shift() as Uint8Array);
    }
  }

  /** Processes frames from the server like the y-websocket provider does, at most `limit` of them. */
  processInbox(limit = Infinity): void {
    while (this.inbox.length > 0 && limit-- > 0) {
      const decoded = decodeMessage(this.inbox.shift() as Uint8Array);
      if (!decoded.ok) throw new Error(`server sent a bad frame: ${decoded.reason}`);
      const message = decoded.message;
      switch (message.kind) {
        case 'sync-step-1':
          this.outbox.push(
            encodeMessage({ kind: 'sync-step-2', update: Y.encodeStateAsUpdate(this.doc, message.stateVector) }),
          );
          break;
        case 'sync-step-2':
        case 'update':
          Y.applyUpdate(this.doc, message.update, this);
          break;
        case 'awareness-update':
          applyAwarenessUpdate(this.awareness, message.update, this);
          break;
        case 'query-awareness':
          break;
      }
    }
  }

  /** Sends a raw frame right away (for malformed input). */
  sendRaw(frame: Uint8Array): void {
    this.room?.receive(this, frame);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Delivers every queued frame in both directions until nothing moves any more. */
export function settle(clients: SimulatedClient[]): void {
  for (let round = 0; round < 1000; round++) {
    if (clients.every((c) => c.inbox.length === 0 && c.outbox.length === 0)) return;
    for (const client of clients) {
      client.flushOutbox();
      client.processInbox();
    }
  }
  throw new Error('messages kept flowing after 1000 rounds');
}
