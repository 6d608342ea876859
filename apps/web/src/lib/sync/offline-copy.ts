/**
 * The browser's own copy of a week document in IndexedDB (y-indexeddb), so that edits made offline
 * survive a reload and reach the server once the socket is back. Kept behind a tiny interface so the
 * sync client runs without it in Node tests and can be handed a fake.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** Every database of ours starts with this, so signing out can find and delete them all. */
export const OFFLINE_DB_PREFIX = 'schichtbrett:';

export interface OfflineCopy {
  /** The transaction origin the stored updates are applied with: they are not edits of this page. */
  readonly origin: unknown;
  /** Stops storing; the data stays for the next visit. */
  destroy(): Promise<void>;
  /** Stops storing and deletes the data, e.g. after the server refused a change it holds. */
  clear(): Promise<void>;
}

export type OfflineCopyFactory = (roomName: string, doc: Y.Doc) => OfflineCopy;

export function offlineDbName(roomName: string): string {
  return `${OFFLINE_DB_PREFIX}${roomName}`;
}

/** The IndexedDB copy, or undefined where the environment has no IndexedDB (Node, some private modes). */
export function defaultOfflineCopyFactory(): OfflineCopyFactory | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDbOfflineCopy;
}

export const indexedDbOfflineCopy: OfflineCopyFactory = (roomName, doc) => {
  const name = offlineDbName(roomName);
  const persistence = new IndexeddbPersistence(name, doc);
  return {
    origin: persistence,
    destroy: () => persistence.destroy(),
    // y-indexeddb's own clearData() does not wait for the deletion; a reset must.
    clear: async () => {
      await persistence.destroy();
      await deleteDatabase(name);
    },
  };
};

/**
 * Deletes every stored week of this browser; called on sign-out so the next person on a shared
 * computer neither sees the plan nor sends someone else's unsent edits in their name.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases().catch(() => []);
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(OFFLINE_DB_PREFIX) ?? false)
      .map(deleteDatabase),
  );
}

/**
 * Resolves when the deletion is done, failed, or is blocked by another open tab: then the browser
 * deletes it once that tab lets go, and any later open of the same name waits behind the deletion.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
