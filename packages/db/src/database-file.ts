/**
 * Looks at the database file before the server opens it for good: a missing file may be created, but a
 * file that exists must be a sound Schichtbrett database. An empty, foreign or damaged file is reported,
 * never replaced: a fresh database (and demo seed) in its place would hide the loss of the real one.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { SCHICHTBRETT_APPLICATION_ID } from './application-id';

export type DatabaseFileProblem =
  /** A folder or device where the file should be. */
  | 'not-a-file'
  /** 0 bytes: truncated, or created by something else. */
  | 'empty'
  /** No SQLite header: some other kind of file. */
  | 'not-sqlite'
  /** SQLite, but another application's (its application_id, or no migration table of ours). */
  | 'foreign'
  /** `PRAGMA quick_check` found damaged pages. */
  | 'damaged'
  /** It could not be read at all (permissions, I/O error). */
  | 'unreadable';

export type DatabaseFileCheck =
  | { ok: true; exists: false }
  | { ok: true; exists: true }
  | { ok: false; problem: DatabaseFileProblem; detail: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Kysely's migration table and our first migration: a database from before the application_id. */
const FIRST_MIGRATION = '2026-11-26-0600-initial';
/** quick_check lists every broken cell; the first few lines say enough. */
const DETAIL_LINES = 5;

/**
 * Reads nothing but the header and the database's own pages; changes nothing in the file. `quick_check`
 * reads every page once (O(size)): fine for the database of a few centers, and worth it at start.
 */
export function checkDatabaseFile(file: string): DatabaseFileCheck {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { ok: false, problem: 'not-a-file', detail: 'keine gewöhnliche Datei' };
    size = stats.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: true, exists: false };
    return { ok: false, problem: 'unreadable', detail: errorText(error) };
  }
  if (size === 0) return { ok: false, problem: 'empty', detail: '0 Bytes' };

  const header = Buffer.alloc(SQLITE_MAGIC.length);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: errorText(error) };
  }
  if (!header.equals(SQLITE_MAGIC))
    return { ok: false, problem: 'not-sqlite', detail: `${size} Bytes ohne SQLite-Kopf` };

  let sqlite: SQLite.Database | null = null;
  try {
    sqlite = new SQLite(file, { fileMustExist: true });
    return inspectOpened(sqlite);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB') return { ok: false, problem: 'not-sqlite', detail: errorText(error) };
    if (code?.startsWith('SQLITE_CORRUPT')) return { ok: false, problem: 'damaged', detail: errorText(error) };
    return { ok: false, problem: 'unreadable', detail: errorText(error) };
  } finally {
    sqlite?.close();
  }
}

function inspectOpened(sqlite: SQLite.Database): DatabaseFileCheck {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  if (applicationId !== SCHICHTBRETT_APPLICATION_ID) {
    if (applicationId !== 0) {
      return { ok: false, problem: 'foreign', detail: `application_id ${applicationId}` };
    }
    if (!hasOurFirstMigration(sqlite)) {
      return { ok: false, problem: 'foreign', detail: 'keine Migrationstabelle von Schichtbrett' };
    }
  }
  const check = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  const lines = check.flatMap((row) => row.quick_check.split('\n'));
  if (lines.length === 1 && lines[0] === 'ok') return { ok: true, exists: true };
  return { ok: false, problem: 'damaged', detail: lines.slice(0, DETAIL_LINES).join('; ') };
}

function hasOurFirstMigration(sqlite: SQLite.Database): boolean {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!table) return false;
  return Boolean(sqlite.prepare('select 1 from kysely_migration where name = ?').get(FIRST_MIGRATION));
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
