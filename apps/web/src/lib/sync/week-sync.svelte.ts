/**
 * The sync client of one center-week: a Y.Doc kept in step with the server's room through the stock
 * y-websocket provider, plus reactive connection status and presence. It feeds state to the board;
 * nothing in here knows about shifts.
 */
import { formatRoomName, type IsoWeek } from '@schichtbrett/domain';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { peersOf, type Peer, type PresenceUser } from './presence';

/**
 * - `connecting`: trying to reach the server (first time or after a drop)
 * - `connected`: the socket is open
 * - `offline`: the socket dropped; the provider keeps retrying, local edits wait in the document
 * - `refused`: the server closed with a 44xx code; reconnecting would not help (see docs/sync-protocol.md)
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface WeekSyncOptions {
  center: string;
  week: IsoWeek;
  /** e.g. `ws://127.0.0.1:4317/sync`; see `syncServerUrl`. */
  serverUrl: string;
  user: PresenceUser;
}

export class WeekSync {
  readonly doc = new Y.Doc();
  readonly roomName: string;

  status = $state<ConnectionStatus>('connecting');
  /** True once the server's state has arrived at least once. */
  hasSynced = $state(false);
  /** The close code when `status` is `refused`. */
  refusalCode = $state<number | null>(null);
  peers = $state.raw<Peer[]>([]);

  #provider: WebsocketProvider;

  constructor(options: WeekSyncOptions) {
    this.roomName = formatRoomName({ kind: 'week', center: options.center, week: options.week });
    this.#provider = new WebsocketProvider(options.serverUrl, this.roomName, this.doc, {
      connect: false,
      // The server is the only way between browsers, so a refused update cannot spread sideways.
      disableBc: true,
    });
    const provider = this.#provider;
    provider.on('status', ({ status }) => {
      if (status === 'connected') this.status = 'connected';
      else if (status === 'connecting') this.status = this.status === 'offline' ? 'offline' : 'connecting';
      else {
        this.status = 'offline';
        this.#forgetRemotePresence();
      }
    });
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) this.hasSynced = true;
    });
    provider.on('connection-close', () => {
      // Also covers a first attempt that never opened, which emits no 'disconnected' status.
      if (this.status !== 'refused') this.status = 'offline';
    });
    provider.on('closed', ({ code }) => {
      this.status = 'refused';
      this.refusalCode = code;
    });
    provider.awareness.on('change', () => this.#readPeers());
    provider.awareness.setLocalStateField('user', options.user);
    this.#readPeers();
  }

  /** Opens the socket; kept apart from the constructor so creating the object has no I/O. */
  connect(): void {
    if (this.status === 'refused') {
      this.status = 'connecting';
      this.refusalCode = null;
    }
    this.#provider.connect();
  }

  /** Publishes who this browser is to everyone on the page. */
  setUser(user: PresenceUser): void {
    this.#provider.awareness.setLocalStateField('user', user);
  }

  destroy(): void {
    this.#provider.awareness.setLocalState(null);
    this.#provider.destroy();
    this.doc.destroy();
  }

  /**
   * On a drop the provider removes the others' presence but keeps their clocks, so the same states sent
   * again on reconnect would be ignored until each peer renews it (15 s, docs/sync-protocol.md).
   * Forgetting the clocks lets the server's snapshot on reconnect show everyone at once.
   */
  #forgetRemotePresence(): void {
    const awareness = this.#provider.awareness;
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== this.doc.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
    }
  }

  #readPeers(): void {
    this.peers = peersOf(this.#provider.awareness.getStates(), this.doc.clientID);
  }
}
