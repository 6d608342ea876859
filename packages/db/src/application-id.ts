/**
 * The number in the SQLite header (`PRAGMA application_id`) that marks a file as a Schichtbrett database:
 * "SchB" in ASCII. Set when the file is created and by a migration for databases older than it.
 */
export const SCHICHTBRETT_APPLICATION_ID = 0x53636842;
