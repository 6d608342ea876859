/**
 * The one owner of the sync server's mutable state: which rooms are loaded, which are loading, and the
 * timers that unload empty rooms. Everything it needs (log, logger, clock, center lookup) is passed in.
 */
import { parseRoomName, type RoomName } from '@schichtbrett/domain';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { CloseReason, SyncConnection } from './close-codes';
import type { SyncIdentity } from './identity';
import { Room, type RoomChangeResult } from './room';
import { Session, type SyncSession } from './sync-session';
import type { UpdateLog } from './update-log';

/** Timers, injectable so tests can drive unloading; defaults to the global ones (fake-timer friendly). */
export interface RegistryClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RoomRegistryOptions {
  log: UpdateLog;
  logger: Logger;
  /** Whether the room's center exists (the name's form is checked before). */
  roomExists: (room: RoomName) => Promise<boolean> | boolean;
  /** How long a room without connections stays in memory. */
  unloadAfterMs?: number;
  /** Fold a room's log into one snapshot once it has this many rows. */
  compactAfterRows?: number;
  /**
   * Runs on every room right after it loads, inside `changeDocument` (so as the server, stored and
   * broadcast like any change): e.g. writes a new week document's meta. Must change nothing on a room
   * that is already prepared.
   */
  prepareDocument?: (doc: Y.Doc, room: RoomName) => void;
  /**
   * Whether `identity` may be in the room with the document as it is: null, or the reason its connection
   * is closed with. Asked when a connection joins and after every accepted update; must be cheap.
   */
  admission?: (doc: Y.Doc, identity: SyncIdentity, room: RoomName) => CloseReason | null;
  /**
   * After every accepted change of a room (a client's update or the server's), once it is stored and
   * sent on: e.g. keeps a relational projection in step. Must not throw (a throw is logged).
   */
  onDocumentChanged?: (doc: Y.Doc, room: RoomName) => void;
  /** Whether the room's document takes no client updates right now (see `RoomOptions.isReadOnly`). */
  isReadOnly?: (doc: Y.Doc, room: RoomName) => boolean;
  /** The archived areas of the room's center (see `RoomOptions.archivedAreas`); asked, never cached. */
  archivedAreas?: (room: RoomName) => ReadonlySet<string>;
  /**
   * Told whenever sockets are closed because a session ended or access changed, with the same test, so
   * other session-bound streams (the live events of a center) end with them.
   */
  onSessionsEnded?: (ended: (holder: SessionHolder) => boolean, reason: 'session-ended' | 'access-changed') => void;
  clock?: RegistryClock;
}

/** A session-bound connection by what ending it depends on: whose session, in which center. */
export interface SessionHolder {
  userId: string;
  sessionId: string;
  center: string;
}

type OptionalHook =
  'prepareDocument' | 'admission' | 'onDocumentChanged' | 'onSessionsEnded' | 'isReadOnly' | 'archivedAreas';

type LoadRefusal = Extract<CloseReason, 'unknown-room' | 'storage-failed' | 'internal-error' | 'server-shutting-down'>;

type LoadOutcome = { ok: true; room: Room } | { ok: false; reason: LoadRefusal; detail: string };

export type ChangeDocumentResult<T> = { ok: true; value: T } | { ok: false; reason: LoadRefusal | 'room-closed' };

const globalClock: RegistryClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<LoadOutcome>>();
  private readonly unloadTimers = new Map<string, unknown>();
  private readonly sessions = new Set<Session>();
  private readonly options: Required<Omit<RoomRegistryOptions, OptionalHook>> & Pick<RoomRegistryOptions, OptionalHook>;
  private closed = false;

  constructor(options: RoomRegistryOptions) {
    this.options = {
      ...options,
      // `??`, not spread defaults: callers pass `undefined` for "use the default".
      unloadAfterMs: options.unloadAfterMs ?? 30_000,
      compactAfterRows: options.compactAfterRows ?? 500,
      clock: options.clock ?? globalClock,
    };
  }

  /**
   * Starts a session for a new socket of `identity` (established from the session before the upgrade,
   * access to the room's center already checked); the socket is closed with `unknown-room` when the room name is
   * refused.
   */
  connect(roomName: string, connection: SyncConnection, identity: SyncIdentity): SyncSession {
    const session = new Session(roomName, connection, identity, this.options.logger, (s) => this.sessions.delete(s));
    if (this.closed) {
      session.refuse('server-shutting-down', 'registry closed');
      return session;
    }
    const parsed = parseRoomName(roomName);
    if (!parsed.ok) {
      session.refuse('unknown-room', parsed.reason);
      return session;
    }
    this.sessions.add(session);
    this.attachWhenLoaded(session, parsed.room).catch((error: unknown) => {
      this.options.logger.error({ err: error, room: roomName }, 'unexpected error while joining a room');
      session.refuse('internal-error', 'unexpected error');
    });
    return session;
  }

  /**
   * Changes a room's document as the server (`serverOrigin`), loading the room if needed; the change is
   * stored and broadcast like any update.
   */
  async changeDocument<T>(roomName: string, change: (doc: Y.Doc) => T): Promise<ChangeDocumentResult<T>> {
    const room = await this.loadedRoom(roomName);
    if (!room.ok) return { ok: false, reason: room.reason };
    const result: RoomChangeResult<T> = room.room.changeDocument(change);
    if (room.room.connectionCount === 0) this.scheduleUnload(room.room);
    return result;
  }

  /** Reads a room's document, loading (and preparing) the room if needed. */
  async readDocument<T>(roomName: string, read: (doc: Y.Doc) => T): Promise<ChangeDocumentResult<T>> {
    const room = await this.loadedRoom(roomName);
    if (!room.ok) return { ok: false, reason: room.reason };
    const result: RoomChangeResult<T> = room.room.readDocument(read);
    if (room.room.connectionCount === 0) this.scheduleUnload(room.room);
    return result;
  }

  /** Compacts a room's log now (operations, tests); throws when storage fails. */
  async compactRoom(roomName: string): Promise<ChangeDocumentResult<void>> {
    const room = await this.loadedRoom(roomName);
    if (!room.ok) return { ok: false, reason: room.reason };
    room.room.compact();
    if (room.room.connectionCount === 0) this.scheduleUnload(room.room);
    return { ok: true, value: undefined };
  }

  /**
   * Closes every socket of `userId` in rooms of `centerSlug` with `access-changed` (their role, areas
   * or membership changed): a socket keeps the identity of its upgrade, so the client reconnects and is
   * authorized anew. Returns how many sockets were closed.
   */
  revokeConnectionsOf(userId: string, centerSlug: string): number {
    this.options.onSessionsEnded?.(
      (holder) => holder.userId === userId && holder.center === centerSlug,
      'access-changed',
    );
    return this.closeSessionsWhere(
      (session) => {
        const parsed = parseRoomName(session.roomName);
        return session.identity.userId === userId && parsed.ok && parsed.room.center === centerSlug;
      },
      'access-changed',
      'role, areas or membership changed',
    );
  }

  /**
   * Closes (`unauthenticated`) every socket opened with a session that has just ended — signed out on this device or
   * all, revoked from the account page, replaced after a password change — so a lost phone stops
   * receiving the plan at once. Returns how many were closed.
   */
  endSessionConnections(ended: (identity: Pick<SyncIdentity, 'userId' | 'sessionId'>) => boolean): number {
    this.options.onSessionsEnded?.(ended, 'session-ended');
    return this.closeSessionsWhere((session) => ended(session.identity), 'unauthenticated', 'session ended');
  }

  private closeSessionsWhere(match: (session: Session) => boolean, reason: CloseReason, detail: string): number {
    let closed = 0;
    for (const session of [...this.sessions]) {
      if (session.isClosed || !match(session)) continue;
      this.rooms.get(session.roomName)?.leave(session.connection);
      this.sessions.delete(session);
      session.refuse(reason, detail);
      closed++;
    }
    return closed;
  }

  /** Names of the rooms currently held in memory. */
  loadedRooms(): string[] {
    return [...this.rooms.keys()];
  }

  /** Closes every socket with `server-shutting-down`, releases every room and timer; later connections are refused. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const room of this.rooms.values()) room.close('server-shutting-down');
    for (const session of this.sessions) session.shutdown();
    for (const handle of this.unloadTimers.values()) this.options.clock.clearTimeout(handle);
    this.rooms.clear();
    this.sessions.clear();
    this.unloadTimers.clear();
  }

  private async attachWhenLoaded(session: Session, room: RoomName): Promise<void> {
    const outcome = await this.ensureRoom(session.roomName, room);
    if (session.isClosed) {
      if (outcome.ok && outcome.room.connectionCount === 0) this.scheduleUnload(outcome.room);
      return;
    }
    if (!outcome.ok) {
      session.refuse(outcome.reason, outcome.detail);
      return;
    }
    if (!outcome.room.isOpen) {
      // The room failed between loading and now (another session's update hit a storage error): reload.
      await this.attachWhenLoaded(session, room);
      return;
    }
    this.cancelUnload(outcome.room.name);
    session.attach(outcome.room);
  }

  private async loadedRoom(roomName: string): Promise<LoadOutcome> {
    const parsed = parseRoomName(roomName);
    if (!parsed.ok) return { ok: false, reason: 'unknown-room', detail: parsed.reason };
    for (;;) {
      const outcome = await this.ensureRoom(roomName, parsed.room);
      if (!outcome.ok || outcome.room.isOpen) return outcome;
    }
  }

  private ensureRoom(name: string, room: RoomName): Promise<LoadOutcome> {
    const loaded = this.rooms.get(name);
    if (loaded) return Promise.resolve({ ok: true, room: loaded });
    let pending = this.loading.get(name);
    if (!pending) {
      pending = this.load(name, room).finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  private async load(name: string, roomName: RoomName): Promise<LoadOutcome> {
    let exists: boolean;
    try {
      exists = await this.options.roomExists(roomName);
    } catch (error) {
      this.options.logger.error({ err: error, room: name }, 'checking whether the room exists failed');
      return { ok: false, reason: 'internal-error', detail: 'room lookup failed' };
    }
    if (!exists) return { ok: false, reason: 'unknown-room', detail: 'center does not exist' };
    if (this.closed) return { ok: false, reason: 'server-shutting-down', detail: 'registry closed' };
    const { admission, onDocumentChanged, isReadOnly, archivedAreas } = this.options;
    try {
      const room = new Room({
        name,
        log: this.options.log,
        logger: this.options.logger,
        compactAfterRows: this.options.compactAfterRows,
        onEmpty: (r) => this.scheduleUnload(r),
        onFailed: (r) => this.forget(r),
        admission: admission && ((doc, identity) => admission(doc, identity, roomName)),
        onChanged: onDocumentChanged && ((doc) => onDocumentChanged(doc, roomName)),
        isReadOnly: isReadOnly && ((doc) => isReadOnly(doc, roomName)),
        archivedAreas: archivedAreas && (() => archivedAreas(roomName)),
      });
      this.rooms.set(name, room);
      const { prepareDocument } = this.options;
      if (prepareDocument && !room.changeDocument((doc) => prepareDocument(doc, roomName)).ok) {
        // The room failed its append and has already been forgotten (onFailed).
        return { ok: false, reason: 'storage-failed', detail: 'preparing the document failed' };
      }
      return { ok: true, room };
    } catch (error) {
      this.options.logger.error({ err: error, room: name }, 'loading the room from the update log failed');
      return { ok: false, reason: 'storage-failed', detail: 'loading failed' };
    }
  }

  private scheduleUnload(room: Room): void {
    if (this.closed || this.rooms.get(room.name) !== room || this.unloadTimers.has(room.name)) return;
    const handle = this.options.clock.setTimeout(() => {
      this.unloadTimers.delete(room.name);
      if (this.rooms.get(room.name) !== room || room.connectionCount > 0) return;
      this.rooms.delete(room.name);
      room.close();
      this.options.logger.debug({ room: room.name }, 'unloaded room');
    }, this.options.unloadAfterMs);
    this.unloadTimers.set(room.name, handle);
  }

  private cancelUnload(name: string): void {
    const handle = this.unloadTimers.get(name);
    if (handle === undefined) return;
    this.options.clock.clearTimeout(handle);
    this.unloadTimers.delete(name);
  }

  private forget(room: Room): void {
    if (this.rooms.get(room.name) !== room) return;
    this.rooms.delete(room.name);
    this.cancelUnload(room.name);
  }
}
