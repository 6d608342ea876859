/**
 * The sync module's one face: the rest of the server imports from here, never from a file inside sync/
 * (an ESLint rule in eslint.config.js holds that line).
 */
export { actAs, type ActingPerson } from './acting-person';
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
