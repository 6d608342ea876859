/** Opens the one SQLite file of an installation, in WAL mode, and brings its schema up to date. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { SCHICHTBRETT_APPLICATION_ID } from './application-id';
import { migrations } from './migrations/index';
import { RollbackSafeSqliteDialect } from './rollback-safe-dialect';
import type { Database } from './tables';

export interface DatabaseHandle {
  /** Async, typed queries for everything but the hot sync path. */
  db: Kysely<Database>;
  /** The same connection, synchronous: the sync server appends updates through it before broadcasting. */
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/** Opens (creating if needed) the database file; `':memory:'` gives a private in-memory database. */
export function openDatabase(options: { file: string }): DatabaseHandle {
  const inMemory = options.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(options.file), { recursive: true });
  const created = inMemory || !existsSync(options.file);
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  // Marked at once, so that even a file whose first migration never finished is recognisably ours.
  if (created) sqlite.pragma(`application_id = ${SCHICHTBRETT_APPLICATION_ID}`);
  // NORMAL in WAL mode survives a process crash (SIGKILL) without fsync per commit; only an OS crash or
  // power loss can drop the last transactions. See docs/decisions/0003-durable-before-visible.md.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new RollbackSafeSqliteDialect(sqlite) });
  return {
    db,
    sqlite,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error });
  }
}
