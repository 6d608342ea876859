/**
 * SQLite errors that mean "the storage cannot take this now" (disk full, locked, read-only, I/O), not "this
 * code is wrong": the app's error handler answers them 503 with a German message, in this one place.
 * SQLite has rolled the failed statement's transaction back, so nothing is half-written.
 */
export type StorageFailure = 'full' | 'busy' | 'read-only' | 'io';

const PREFIXES: readonly [string, StorageFailure][] = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_IOERR', 'io'],
  ['SQLITE_CANTOPEN', 'io'],
];

export const STORAGE_FAILURE_MESSAGES: Record<StorageFailure, string> = {
  full: 'Der Speicherplatz des Servers ist voll. Es wurde nichts gespeichert. Bitte sag der Person Bescheid, die Schichtbrett betreut, und versuche es später noch einmal.',
  busy: 'Die Datenbank ist gerade beschäftigt. Es wurde nichts gespeichert. Bitte versuche es gleich noch einmal.',
  'read-only':
    'Die Datenbank ist gerade schreibgeschützt. Es wurde nichts gespeichert. Bitte sag der Person Bescheid, die Schichtbrett betreut.',
  io: 'Die Datenbank konnte nicht gelesen oder geschrieben werden. Es wurde nichts gespeichert. Bitte versuche es später noch einmal.',
};

/** The kind of storage failure behind `error` (or any error in its `cause` chain); null for anything else. */
export function storageFailureOf(error: unknown): StorageFailure | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return null;
    const code = 'code' in current ? current.code : undefined;
    if (typeof code === 'string') {
      const match = PREFIXES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
      if (match) return match[1];
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return null;
}
