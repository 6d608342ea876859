/**
 * The sync client of one center-week: a Y.Doc kept in step with the server's room through the stock
 * y-websocket provider, plus reactive connection status and presence. It feeds state to the board;
 * nothing in here knows about shifts.
 *
 * Close codes (`closeCodes` of @schichtbrett/domain, docs/sync-protocol.md): `access-changed` means the
 * person's rights changed, so who they are is loaded again (the provider reconnects by itself, and the server
 * authorizes the new socket afresh); `unauthenticated` means the session is gone, so the user is sent to sign in;
 * `update-refused` (and `update-rejected`) mean the server refused an update of ours, so the local copy differs from the room:
 * it is thrown away and a fresh document is loaded from the server, so no client stays diverged.
 *
 * The document is also kept in IndexedDB (offline-copy.ts), so edits made offline survive a reload; on a
 * reset that copy is deleted first, or the refused change would come back from it.
 */
import { closeCodes, formatRoomName, type IsoWeek, type RoomName } from '@schichtbrett/domain';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { defaultOfflineCopyFactory, type OfflineCopy, type OfflineCopyFactory } from './offline-copy';
import { peersOf, type Peer, type PresenceUser } from './presence';

/**
 * - `connecting`: trying to reach the server (first time or after a drop)
 * - `connected`: the socket is open
 * - `offline`: the socket dropped; the provider keeps retrying, local edits wait in the document
 * - `refused`: the server closed with a 44xx code; reconnecting would not help (see docs/sync-protocol.md)
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** Something the user should hear about once: here, that a change of theirs was undone by a reset. */
export type SyncNotice = 'change-refused';

/** Codes after which the local document is replaced by the server's. */
const RESET_CODES = new Set<number>([closeCodes['update-refused'], closeCodes['update-rejected']]);

/** How often a failed connection attempt may ask the server whether the session still holds. */
const SESSION_CHECK_INTERVAL_MS = 10_000;

export interface WeekSyncOptions {
  center: string;
  week: IsoWeek;
  /** The room to join; the week room of `center` and `week` unless given (the template page passes its own). */
  room?: RoomName;
  /** e.g. `ws://127.0.0.1:4317/sync`; see `syncServerUrl`. */
  serverUrl: string;
  /** Who this browser is; the server stamps the same identity over it anyway. */
  user: PresenceUser;
  /** Called when the session is gone: close code `unauthenticated`, or a refused upgrade while signed out. */
  onSignedOut: () => void;
  /**
   * Asks the server whether this browser is still signed in. A refused upgrade (HTTP 401/403) reaches
   * the provider only as a failed connection, so that is when this is asked.
   */
  isSignedIn: () => Promise<boolean>;
  /**
   * Called on close code `access-changed`: the signed-in person and what they may do must be loaded
   * again so the UI offers what the new role allows. The provider reconnects by itself meanwhile.
   */
  onAccessChanged?: () => void;
  /** Called with the fresh document after a reset, before it connects. */
  onReset?: (doc: Y.Doc) => void;
  now?: () => number;
  /** The WebSocket class; tests pass a fake one. */
  WebSocketPolyfill?: typeof WebSocket;
  /**
   * Where the document is kept between visits. Defaults to IndexedDB where the browser has it;
   * `false` keeps nothing (e.g. a page that only reads).
   */
  offlineCopy?: OfflineCopyFactory | false;
  /** Sends the browser's `online`/`offline` events; defaults to `window` where there is one. */
  connectivity?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

export class WeekSync {
  doc = $state.raw(new Y.Doc());
  readonly roomName: string;

  status = $state<ConnectionStatus>('connecting');
  /** True once the server's state has arrived at least once for the current document. */
  hasSynced = $state(false);
  /** The close code when `status` is `refused`. */
  refusalCode = $state<number | null>(null);
  peers = $state.raw<Peer[]>([]);
  notice = $state<SyncNotice | null>(null);
  /**
   * Local edits the server has not had yet: those made while the socket was not open and synced. The
   * provider sends its whole difference when it syncs again, so that sets this back to 0.
   */
  unsentChanges = $state(0);
  /** When the connection was lost (`now()`), so the page can stay calm about short drops; null while connected. */
  disconnectedSince = $state<number | null>(null);
  /** What the browser last said about its network (`online`/`offline` events). */
  browserOnline = $state(true);

  #provider: WebsocketProvider;
  #offlineCopy: OfflineCopy | null = null;
  readonly #offlineCopyFactory: OfflineCopyFactory | undefined;
  readonly #connectivity: WeekSyncOptions['connectivity'];
  #listening = false;
  readonly #options: WeekSyncOptions;
  readonly #now: () => number;
  /** A reset is only tried again after the fresh document synced, so a server that refuses at once cannot loop us. */
  #syncedSinceReset = true;
  #lastSessionCheck = Number.NEGATIVE_INFINITY;
  #destroyed = false;
  /** What this browser last said about itself (card, idle), published again on a new provider. */
  #presence: { editing?: string | null; idle?: boolean } = {};

  constructor(options: WeekSyncOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#offlineCopyFactory =
      options.offlineCopy === false ? undefined : (options.offlineCopy ?? defaultOfflineCopyFactory());
    this.#connectivity = options.connectivity ?? (typeof window === 'undefined' ? undefined : window);
    this.roomName = formatRoomName(options.room ?? { kind: 'week', center: options.center, week: options.week });
    this.#provider = this.#createProvider(this.doc);
  }

  /** Opens the stored copy and the socket; kept apart from the constructor so creating the object has no I/O. */
  connect(): void {
    if (this.status === 'refused') {
      this.status = 'connecting';
      this.refusalCode = null;
    }
    this.#openOfflineCopy();
    this.#listenToBrowser();
    this.#provider.connect();
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** Tells the others which card this browser is at and whether it is idle (the server keeps these fields). */
  setPresence(fields: { editing?: string | null; idle?: boolean }): void {
    this.#presence = { ...this.#presence, ...fields };
    this.#publishPresence(this.#provider, fields);
  }

  #publishPresence(provider: WebsocketProvider, fields: { editing?: string | null; idle?: boolean }): void {
    const awareness = provider.awareness;
    if (fields.editing !== undefined) awareness.setLocalStateField('editing', fields.editing);
    if (fields.idle !== undefined) awareness.setLocalStateField('idle', fields.idle);
  }

  destroy(): void {
    this.#destroyed = true;
    if (this.#listening) {
      this.#connectivity?.removeEventListener('offline', this.#onBrowserOffline);
      this.#connectivity?.removeEventListener('online', this.#onBrowserOnline);
    }
    this.#dropProvider();
    void this.#offlineCopy?.destroy();
    this.#offlineCopy = null;
    this.doc.destroy();
  }

  #createProvider(doc: Y.Doc): WebsocketProvider {
    const provider = new WebsocketProvider(this.#options.serverUrl, this.roomName, doc, {
      connect: false,
      // The server is the only way between browsers, so a refused update cannot spread sideways.
      disableBc: true,
      ...(this.#options.WebSocketPolyfill ? { WebSocketPolyfill: this.#options.WebSocketPolyfill } : {}),
    });
    const current = () => provider === this.#provider && !this.#destroyed;
    provider.on('status', ({ status }) => {
      if (!current()) return;
      if (status === 'connected') {
        this.status = 'connected';
        this.disconnectedSince = null;
      } else if (status === 'connecting') this.status = this.status === 'offline' ? 'offline' : 'connecting';
      else {
        this.#markOffline();
        this.#forgetRemotePresence();
      }
    });
    provider.on('sync', (isSynced: boolean) => {
      if (!current() || !isSynced) return;
      this.hasSynced = true;
      this.#syncedSinceReset = true;
      // The provider has just exchanged the whole difference with the server, our waiting edits included.
      if (provider.wsconnected) this.unsentChanges = 0;
    });
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (!current() || origin === provider || origin === this.#offlineCopy?.origin) return;
      if (provider.wsconnected && provider.synced) return;
      this.unsentChanges += 1;
    });
    provider.on('connection-close', (event) => {
      if (!current()) return;
      if (event?.code === closeCodes['access-changed']) this.#options.onAccessChanged?.();
      // `wsconnected` still tells whether this socket ever opened: if not, the upgrade may have been
      // refused for want of a session.
      if (!provider.wsconnected) this.#checkSession();
      // Also covers a first attempt that never opened, which emits no 'disconnected' status.
      if (this.status !== 'refused') this.#markOffline();
    });
    provider.on('closed', ({ code }) => {
      if (!current()) return;
      this.#onTerminalClose(code);
    });
    provider.awareness.on('change', () => {
      if (current()) this.#readPeers();
    });
    provider.awareness.setLocalStateField('user', this.#options.user);
    // A reset replaces the provider; the card this browser is at must not be forgotten with it.
    this.#publishPresence(provider, this.#presence);
    this.#readPeers(provider);
    return provider;
  }

  #onTerminalClose(code: number): void {
    if (code === closeCodes.unauthenticated) {
      this.status = 'refused';
      this.refusalCode = code;
      this.#options.onSignedOut();
      return;
    }
    if (RESET_CODES.has(code) && this.#syncedSinceReset) {
      // The provider is inside its own close handler; replace it once that has returned.
      queueMicrotask(() => this.#reset());
      return;
    }
    this.status = 'refused';
    this.refusalCode = code;
  }

  /** Throws the local copy away and loads the room afresh from the server. */
  #reset(): void {
    if (this.#destroyed) return;
    this.#syncedSinceReset = false;
    this.#dropProvider();
    const refusedCopy = this.#offlineCopy;
    this.#offlineCopy = null;
    this.doc.destroy();
    const doc = new Y.Doc();
    this.doc = doc;
    this.hasSynced = false;
    this.status = 'connecting';
    this.refusalCode = null;
    this.notice = 'change-refused';
    // The refused edits are gone; the notice tells the person so.
    this.unsentChanges = 0;
    const provider = this.#createProvider(doc);
    this.#provider = provider;
    this.#options.onReset?.(doc);
    if (!refusedCopy) {
      this.#openOfflineCopy();
      provider.connect();
      return;
    }
    // The stored copy holds the refused change as well: it must be deleted before anything loads
    // again, or it would come back from there and be refused once more.
    void refusedCopy
      .clear()
      .catch(() => undefined)
      .then(() => {
        if (this.#destroyed || provider !== this.#provider) return;
        this.#openOfflineCopy();
        provider.connect();
      });
  }

  #openOfflineCopy(): void {
    if (this.#offlineCopy || !this.#offlineCopyFactory || this.#destroyed) return;
    this.#offlineCopy = this.#offlineCopyFactory(this.roomName, this.doc);
  }

  #markOffline(): void {
    if (this.status !== 'offline') this.disconnectedSince ??= this.#now();
    this.status = 'offline';
  }

  #listenToBrowser(): void {
    if (this.#listening || !this.#connectivity) return;
    this.#listening = true;
    if (typeof navigator !== 'undefined' && typeof navigator.onLine === 'boolean')
      this.browserOnline = navigator.onLine;
    this.#connectivity.addEventListener('offline', this.#onBrowserOffline);
    this.#connectivity.addEventListener('online', this.#onBrowserOnline);
  }

  /**
   * An open socket may outlive the network for up to 30 s before the provider notices (it waits for a
   * message). Edits made meanwhile would be counted as sent, so a browser that knows it is offline
   * drops the socket at once; the provider keeps retrying.
   */
  readonly #onBrowserOffline = (): void => {
    this.browserOnline = false;
    if (this.#destroyed || !this.#provider.wsconnected) return;
    this.#provider.disconnect();
    this.#provider.connect();
  };

  /** Back online: try now instead of waiting out the provider's backoff (up to 2.5 s). */
  readonly #onBrowserOnline = (): void => {
    this.browserOnline = true;
    if (this.#destroyed || !this.#provider.shouldConnect) return;
    this.#provider.connect();
  };

  #dropProvider(): void {
    this.#provider.awareness.setLocalState(null);
    this.#provider.destroy();
  }

  #checkSession(): void {
    const now = this.#now();
    if (now - this.#lastSessionCheck < SESSION_CHECK_INTERVAL_MS) return;
    this.#lastSessionCheck = now;
    this.#options.isSignedIn().then(
      (signedIn) => {
        if (signedIn || this.#destroyed) return;
        this.#provider.disconnect();
        this.status = 'refused';
        this.refusalCode = closeCodes.unauthenticated;
        this.#options.onSignedOut();
      },
      // The server is unreachable: that is the offline case, which the provider already retries.
      () => undefined,
    );
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

  #readPeers(provider = this.#provider): void {
    this.peers = peersOf(provider.awareness.getStates(), provider.doc.clientID);
  }
}
