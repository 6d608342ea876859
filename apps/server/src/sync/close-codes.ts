/**
 * Closing a sync connection with its documented code. The codes themselves are declared once, for server
 * and web, in @schichtbrett/domain (sync-contract.ts; documented in docs/sync-protocol.md).
 */
import { closeCodes, type CloseReason } from '@schichtbrett/domain';

export { closeCodes, type CloseReason };

/** The tiny view of a socket the sync code needs; the adapter in hono-sync-route.ts provides it. */
export interface SyncConnection {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Closes a connection with the documented code for `reason`, the reason text being the key itself. */
export function closeWith(connection: SyncConnection, reason: CloseReason): void {
  connection.close(closeCodes[reason], reason);
}
