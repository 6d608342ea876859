/**
 * One loaded room: its Y.Doc, its awareness and its connections with their identities. It never touches a
 * socket or a database: connections are `SyncConnection`s, storage is an `UpdateLog`. Every client update
 * is checked against the sender's access before it is applied, and every accepted update is appended
 * before it is broadcast ("durable before visible", docs/sync-protocol.md).
 */
import {
  areasEnteredBy,
  isNoOpUpdate,
  mayApplyWeekUpdate,
  WeekProbe,
  type WeekUpdateEffect,
} from '@schichtbrett/domain';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { closeWith, type CloseReason, type SyncConnection } from './close-codes';
import { actingPerson } from './acting-person';
import type { SyncIdentity } from './identity';
import { assertNever, decodeMessage, encodeMessage, type DecodedMessage } from './protocol';
import { RoomPresence } from './room-presence';
import { foldUpdates, replayUpdates, type UpdateAttribution, type UpdateLog } from './update-log';

/** Transaction origin of changes the server makes itself (commands such as claiming a shift). */
export const serverOrigin = Object.freeze({ kind: 'server' as const });

/** Transaction origin while replaying the log; such updates are already stored. */
const loadOrigin = Object.freeze({ kind: 'load' as const });

export interface RoomOptions {
  name: string;
  log: UpdateLog;
  logger: Logger;
  /** Fold the log into one snapshot once the room has this many rows. */
  compactAfterRows: number;
  /** The last connection left (the registry starts the unload grace period). */
  onEmpty: (room: Room) => void;
  /** Storage failed: the room closed all its connections and must be dropped from memory. */
  onFailed: (room: Room) => void;
  /**
   * Whether a connection may be in the room given the document as it is now: null, or the reason it is
   * closed with (e.g. a draft week for a volunteer). Asked at join and after every accepted update, so it
   * must be cheap.
   */
  admission?: (doc: Y.Doc, identity: SyncIdentity) => CloseReason | null;
  /** After every accepted update (a client's or the server's), once it is stored and sent on. */
  onChanged?: (doc: Y.Doc, room: Room) => void;
  /**
   * Whether the document takes no client updates at all right now (a finalized week): then every update
   * that would change something is refused (`update-refused`) whoever sends it; the server's own changes still apply.
   */
  isReadOnly?: (doc: Y.Doc) => boolean;
  /**
   * The ids of the center's archived areas, which take no new shifts: an update that adds a shift in one
   * or moves one into one is refused (`update-refused`) whoever sends it. Asked only for such updates, and each time,
   * so an archive or restore counts from the next update on.
   */
  archivedAreas?: () => ReadonlySet<string>;
}

export type RoomChangeResult<T> = { ok: true; value: T } | { ok: false; reason: 'storage-failed' | 'room-closed' };

export class Room {
  readonly name: string;
  private readonly options: RoomOptions;
  private readonly logger: Logger;
  private readonly doc = new Y.Doc();
  private readonly presence: RoomPresence;
  private readonly connections = new Map<SyncConnection, SyncIdentity>();
  /**
   * A copy of the document that every client update is tried on first (coordinators' too: no role may
   * write a bad shift key or text); kept in step with every accepted update while anyone is in the room,
   * dropped after a refused one.
   */
  private probe: WeekProbe | null = null;
  /** Set while the real document applies an update that the probe already holds. */
  private probeHoldsUpdate = false;
  private rowCount: number;
  private compactionDueAt: number;
  private state: 'open' | 'failed' | 'closed' = 'open';

  /** Loads the room's rows from the log; throws when the log cannot be read or a row cannot be applied. */
  constructor(options: RoomOptions) {
    this.name = options.name;
    this.options = options;
    this.logger = options.logger.child({ room: options.name });
    const rows = options.log.load(options.name);
    replayUpdates(
      this.doc,
      rows.map((row) => row.data),
      loadOrigin,
    );
    this.rowCount = rows.length;
    this.compactionDueAt = options.compactAfterRows;
    this.presence = new RoomPresence(this.doc, (message) => {
      for (const connection of this.connections.keys()) this.send(connection, message);
    });
    this.doc.on('update', this.persistAndBroadcast);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /**
   * Adds a connection with the identity the server established for it and starts the sync: server step 1,
   * then the current awareness states.
   */
  join(connection: SyncConnection, identity: SyncIdentity): void {
    if (this.state !== 'open') {
      closeWith(connection, this.state === 'failed' ? 'storage-failed' : 'server-shutting-down');
      return;
    }
    // Before anything of the document is sent: a refused connection must not see it.
    const refusal = this.options.admission?.(this.doc, identity) ?? null;
    if (refusal) {
      this.logger.info({ reason: refusal, userId: identity.userId }, 'refused connection');
      closeWith(connection, refusal);
      if (this.connections.size === 0) this.options.onEmpty(this);
      return;
    }
    this.connections.set(connection, identity);
    this.presence.add(connection, identity);
    this.send(connection, encodeMessage({ kind: 'sync-step-1', stateVector: Y.encodeStateVector(this.doc) }));
    if (!this.presence.isEmpty) this.send(connection, this.presence.statesMessage());
  }

  /** Handles one binary frame of a connection of this room. */
  receive(connection: SyncConnection, frame: Uint8Array): void {
    if (this.state !== 'open' || !this.connections.has(connection)) return;
    const decoded = decodeMessage(frame);
    if (!decoded.ok) {
      this.refuse(connection, decoded.reason, decoded.detail);
      return;
    }
    this.handle(connection, decoded.message);
  }

  /** Logs the refusal, removes the connection from the room and closes it with the documented code. */
  refuse(connection: SyncConnection, reason: CloseReason, detail: string): void {
    this.logger.warn({ reason, detail, userId: this.connections.get(connection)?.userId }, 'refused frame');
    this.leave(connection);
    closeWith(connection, reason);
  }

  /** Removes a connection and the awareness states it controlled (telling everyone else). */
  leave(connection: SyncConnection): void {
    const identity = this.connections.get(connection);
    if (!identity) return;
    this.connections.delete(connection);
    if (this.state !== 'open') return;
    this.presence.remove(connection);
    if (this.connections.size === 0) {
      this.dropProbe();
      this.options.onEmpty(this);
    }
  }

  /**
   * Changes the document as the server, in one transaction with `serverOrigin`; the resulting update is
   * stored and broadcast like any client's. If `change` throws, what it changed so far is kept.
   */
  changeDocument<T>(change: (doc: Y.Doc) => T): RoomChangeResult<T> {
    if (this.state !== 'open') return { ok: false, reason: 'room-closed' };
    const value = this.doc.transact(() => change(this.doc), serverOrigin);
    // persistAndBroadcast ran inside the transaction and may have failed the room.
    if (!this.isOpen) return { ok: false, reason: 'storage-failed' };
    return { ok: true, value };
  }

  /** Reads the document as it is now; null when the room is no longer open. */
  readDocument<T>(read: (doc: Y.Doc) => T): RoomChangeResult<T> {
    if (this.state !== 'open') return { ok: false, reason: 'room-closed' };
    return { ok: true, value: read(this.doc) };
  }

  /** Folds every row of the room into one snapshot row, in one storage transaction. Throws on failure. */
  compact(): void {
    const rows = this.options.log.load(this.name);
    const last = rows.at(-1);
    if (!last || (rows.length === 1 && last.isSnapshot)) return;
    // Folded from the stored rows rather than from memory: the snapshot is exactly what the log said.
    const snapshot = foldUpdates(rows.map((row) => row.data));
    this.options.log.compact(this.name, last.id, snapshot);
    this.logger.info({ rows: rows.length }, 'compacted update log');
    this.rowCount = 1;
    this.compactionDueAt = this.options.compactAfterRows;
  }

  /** Closes every connection with `reason` and releases the document; the room is unusable afterwards. */
  close(reason: CloseReason = 'server-shutting-down'): void {
    if (this.state !== 'open') return;
    this.state = 'closed';
    this.closeAllConnections(reason);
    this.dispose();
  }

  private handle(connection: SyncConnection, message: DecodedMessage): void {
    switch (message.kind) {
      case 'sync-step-1':
        this.send(
          connection,
          encodeMessage({ kind: 'sync-step-2', update: Y.encodeStateAsUpdate(this.doc, message.stateVector) }),
        );
        return;
      case 'sync-step-2':
      case 'update':
        this.applyClientUpdate(connection, message.update);
        return;
      case 'awareness-update': {
        const { dropped } = this.presence.apply(connection, message.entries);
        if (dropped.length > 0) {
          const userId = this.connections.get(connection)?.userId;
          this.logger.warn({ userId, clientIds: dropped }, 'dropped awareness states of other connections');
        }
        return;
      }
      case 'query-awareness':
        this.send(connection, this.presence.statesMessage());
        return;
      default:
        assertNever(message);
    }
  }

  private applyClientUpdate(connection: SyncConnection, update: Uint8Array): void {
    const identity = this.connections.get(connection);
    if (!identity) return;
    let noOp: boolean;
    try {
      // Parses every struct and the delete set without touching the document.
      noOp = isNoOpUpdate(this.doc, update);
    } catch (error) {
      this.refuse(connection, 'update-rejected', `undecodable update: ${errorMessage(error)}`);
      return;
    }
    // E.g. the sync step 2 of a client that has nothing new: nothing to check, store or send.
    if (noOp) return;
    if (this.options.isReadOnly?.(this.doc)) {
      // Coordinators included: the record must equal the document, so nothing may change it meanwhile.
      this.dropProbe();
      this.refuse(connection, 'update-refused', `${identity.role} may not change a read-only (finalized) document`);
      return;
    }
    if (!this.mayApply(connection, identity, update)) return;
    // Yjs merges new pending parts into `pendingStructs.update`: compare that, not the object.
    const pendingBefore = [this.doc.store.pendingStructs?.update ?? null, this.doc.store.pendingDs];
    this.probeHoldsUpdate = true;
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      // Whatever Yjs integrated before throwing was stored and broadcast by persistAndBroadcast: memory,
      // disk and the other clients still agree. The probe may not.
      this.dropProbe();
      if (this.state === 'open') this.refuse(connection, 'update-rejected', `update failed: ${errorMessage(error)}`);
    } finally {
      this.probeHoldsUpdate = false;
    }
    // Parts the real document keeps pending (a coordinator's update that arrived before its dependencies)
    // reach the probe only through a fresh copy, which includes them.
    const pendingAfter = [this.doc.store.pendingStructs?.update ?? null, this.doc.store.pendingDs];
    if (pendingAfter.some((pending, i) => pending !== pendingBefore[i])) this.dropProbe();
  }

  /**
   * Tries a client's update on the probe and refuses the connection (`update-refused`) unless its access allows what
   * the update changes. Coordinators may change everything, but like everyone only with valid shift keys
   * and texts, and never put a shift into an archived area (docs/sync-protocol.md, "Keys and texts",
   * "Archived areas").
   */
  private mayApply(connection: SyncConnection, identity: SyncIdentity, update: Uint8Array): boolean {
    this.probe ??= WeekProbe.of(this.doc);
    let effect: WeekUpdateEffect;
    try {
      effect = this.probe.apply(update);
    } catch (error) {
      this.dropProbe();
      this.refuse(connection, 'update-rejected', `update failed: ${errorMessage(error)}`);
      return false;
    }
    let refusal: string | null;
    try {
      refusal = mayApplyWeekUpdate(identity.access, effect)
        ? this.archivedAreasEntered(effect)
        : describeRefusal(identity, effect);
    } catch (error) {
      // Not the client's fault: the archived areas could not be read. It reconnects and sends again.
      this.dropProbe();
      this.logger.error({ err: error }, 'reading the archived areas failed');
      this.refuse(connection, 'storage-failed', 'archived areas unreadable');
      return false;
    }
    if (refusal === null) return true;
    // The probe holds the refused change now; the next check starts from a fresh copy.
    this.dropProbe();
    this.refuse(connection, 'update-refused', refusal);
    return false;
  }

  /** Null, or why the update may not put shifts where it does: into an archived area. */
  private archivedAreasEntered(effect: WeekUpdateEffect): string | null {
    const entered = areasEnteredBy(effect);
    if (entered.length === 0 || !this.options.archivedAreas) return null;
    const archived = this.options.archivedAreas();
    const refused = entered.filter((areaId) => archived.has(areaId));
    return refused.length > 0 ? `adds or moves shifts into archived areas ${JSON.stringify(refused)}` : null;
  }

  private dropProbe(): void {
    this.probe?.destroy();
    this.probe = null;
  }

  /** Keeps the probe in step with an update the real document accepted (unless it came through the probe). */
  private mirrorToProbe(update: Uint8Array): void {
    if (this.probe === null || this.probeHoldsUpdate) return;
    try {
      this.probe.apply(update);
    } catch (error) {
      this.logger.error({ err: error }, 'probe could not follow the document; dropping it');
      this.dropProbe();
    }
  }

  /** The doc's 'update' handler: append synchronously, then broadcast; on a failed append, stop the room. */
  private readonly persistAndBroadcast = (update: Uint8Array, origin: unknown): void => {
    if (this.state !== 'open' || origin === loadOrigin) return;
    try {
      this.options.log.append(this.name, update, this.attributionOf(origin));
    } catch (error) {
      this.fail(error);
      return;
    }
    this.rowCount++;
    this.mirrorToProbe(update);
    this.closeConnectionsNoLongerAdmitted();
    const message = encodeMessage({ kind: 'update', update });
    for (const connection of this.connections.keys()) {
      if (connection !== origin) this.send(connection, message);
    }
    this.notifyChanged();
    this.compactIfDue();
  };

  /** Who the audit trail names for an update: the socket's person, or whom the server command ran for. */
  private attributionOf(origin: unknown): UpdateAttribution {
    const identity = this.connections.get(origin as SyncConnection);
    if (identity) return { via: 'socket', personId: identity.personId, personName: identity.displayName };
    const person = actingPerson();
    return { via: 'server', personId: person?.personId ?? null, personName: person?.displayName ?? null };
  }

  /** E.g. a week turned back into a draft: its team leads and volunteers leave before the update is sent. */
  private closeConnectionsNoLongerAdmitted(): void {
    const { admission } = this.options;
    if (!admission) return;
    for (const [connection, identity] of [...this.connections]) {
      const refusal = admission(this.doc, identity);
      if (!refusal) continue;
      this.logger.info({ reason: refusal, userId: identity.userId }, 'closed connection no longer admitted');
      this.leave(connection);
      closeWith(connection, refusal);
    }
  }

  /** A failing listener (e.g. a projection) must not fail the update, which is already stored and sent. */
  private notifyChanged(): void {
    try {
      this.options.onChanged?.(this.doc, this);
    } catch (error) {
      this.logger.error({ err: error }, 'change listener failed');
    }
  }

  private compactIfDue(): void {
    if (this.rowCount < this.compactionDueAt) return;
    try {
      this.compact();
    } catch (error) {
      // The log is unchanged (compaction is one transaction); try again after as many rows once more.
      this.logger.error({ err: error }, 'compaction failed');
      this.compactionDueAt = this.rowCount + this.options.compactAfterRows;
    }
  }

  private send(connection: SyncConnection, message: Uint8Array): void {
    try {
      connection.send(message);
    } catch (error) {
      this.logger.error({ err: error }, 'send failed');
      this.leave(connection);
      closeWith(connection, 'internal-error');
    }
  }

  /** Memory must never hold state the disk does not: close everyone and let the registry drop the room. */
  private fail(error: unknown): void {
    this.logger.error({ err: error }, 'appending to the update log failed; closing the room');
    this.state = 'failed';
    this.closeAllConnections('storage-failed');
    this.dispose();
    this.options.onFailed(this);
  }

  private closeAllConnections(reason: CloseReason): void {
    const connections = [...this.connections.keys()];
    this.connections.clear();
    for (const connection of connections) closeWith(connection, reason);
  }

  private dispose(): void {
    this.doc.off('update', this.persistAndBroadcast);
    this.dropProbe();
    this.presence.destroy();
    this.doc.destroy();
  }
}

/** What the log says about a refused update: the role and the shifts or parts it touched. */
function describeRefusal(identity: SyncIdentity, effect: WeekUpdateEffect): string {
  const parts = effect.touched.map(
    (shift) => `shift ${shift.shiftId} (area ${shift.areaBefore ?? '-'} → ${shift.areaAfter ?? '-'})`,
  );
  if (effect.otherChanges) parts.push('changes outside shifts');
  if (effect.standInChanged) parts.push('stand-in requests');
  if (effect.attendanceChanged) parts.push('attendance');
  if (effect.incomplete) parts.push('missing dependencies');
  if (effect.invalidContent.length > 0) parts.push(`invalid keys or texts at ${effect.invalidContent.join(', ')}`);
  if (parts.length === 0) parts.push('changes');
  return `${identity.role} may not send ${parts.join(', ')}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
