/** The sync server's public surface for the app's wiring. */
export { closeCodes, closeWith, type CloseReason, type SyncConnection } from './close-codes';
export {
  createSyncNodeWebSocket,
  defaultMaxFrameBytes,
  syncWebSocketHandler,
  type SyncWebSocketHandlerOptions,
  type SyncWebSocketOptions,
} from './hono-sync-route';
export type { SyncIdentity } from './identity';
export { MemoryUpdateLog } from './memory-update-log';
export {
  decodeMessage,
  encodeMessage,
  type AwarenessEntry,
  type DecodedMessage,
  type DecodeResult,
  type SyncMessage,
} from './protocol';
export { Room, serverOrigin, type RoomChangeResult } from './room';
export { RoomRegistry, type ChangeDocumentResult, type RegistryClock, type RoomRegistryOptions } from './room-registry';
export { createSqliteUpdateLog, SqliteUpdateLog } from './sqlite-update-log';
export type { IncomingFrame, SyncSession } from './sync-session';
export { foldUpdates, replayUpdates, type StoredUpdate, type UpdateLog } from './update-log';
