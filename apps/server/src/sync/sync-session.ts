/**
 * One client connection's life: frames that arrive while its room is still loading are queued in order
 * and handed to the room once it joined; text frames are refused like malformed binary ones.
 */
import type { Logger } from 'pino';
import { closeWith, type CloseReason, type SyncConnection } from './close-codes';
import type { SyncIdentity } from './identity';
import type { Room } from './room';

/** What the socket adapter feeds: a binary frame's bytes, or the text of a text frame (always refused). */
export type IncomingFrame = Uint8Array | string;

export interface SyncSession {
  receive(frame: IncomingFrame): void;
  /** The socket closed, whoever closed it. */
  disconnected(): void;
}

export class Session implements SyncSession {
  private state: 'waiting' | 'joined' | 'closed' = 'waiting';
  private queue: IncomingFrame[] = [];
  private room: Room | null = null;

  constructor(
    readonly roomName: string,
    readonly connection: SyncConnection,
    readonly identity: SyncIdentity,
    private readonly logger: Logger,
    private readonly onDisconnected: (session: Session) => void,
  ) {}

  get isClosed(): boolean {
    return this.state === 'closed';
  }

  receive(frame: IncomingFrame): void {
    if (this.state === 'waiting') this.queue.push(frame);
    else if (this.state === 'joined') this.deliver(frame);
  }

  disconnected(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.queue = [];
    this.room?.leave(this.connection);
    this.onDisconnected(this);
  }

  /** Joins the loaded room and replays the frames that arrived meanwhile. */
  attach(room: Room): void {
    if (this.state !== 'waiting') return;
    this.state = 'joined';
    this.room = room;
    room.join(this.connection, this.identity);
    const queued = this.queue;
    this.queue = [];
    for (const frame of queued) this.deliver(frame);
  }

  /** Refuses the connection before it joined a room (unknown room, storage failure, shutdown). */
  refuse(reason: CloseReason, detail: string): void {
    if (this.state === 'closed') return;
    this.logger.warn({ room: this.roomName, reason, detail, userId: this.identity.userId }, 'refused connection');
    this.state = 'closed';
    this.queue = [];
    closeWith(this.connection, reason);
  }

  /** Server shutdown: rooms already closed their connections; close the ones still waiting. */
  shutdown(): void {
    if (this.state === 'waiting') closeWith(this.connection, 'server-shutting-down');
    this.state = 'closed';
    this.queue = [];
  }

  private deliver(frame: IncomingFrame): void {
    const room = this.room;
    if (!room) return;
    try {
      if (typeof frame === 'string') room.refuse(this.connection, 'malformed-message', 'text frame');
      else room.receive(this.connection, frame);
    } catch (error) {
      // A bug, not a client's fault: keep the server and the room up, drop only this connection.
      this.logger.error({ err: error, room: this.roomName }, 'unexpected error while handling a frame');
      room.refuse(this.connection, 'internal-error', 'unexpected error');
    }
  }
}
