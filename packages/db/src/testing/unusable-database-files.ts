/**
 * Files that lie where the database should be but must not be opened as ours (issue 11): for the tests
 * of the start-up checks here and in apps/server. Each writes a real file; none is a mock.
 */
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase } from '../connection';

export type UnusableDatabaseKind = 'empty' | 'text' | 'foreign-sqlite' | 'foreign-application-id' | 'damaged';

export const UNUSABLE_DATABASE_KINDS: readonly UnusableDatabaseKind[] = [
  'empty',
  'text',
  'foreign-sqlite',
  'foreign-application-id',
  'damaged',
];

/** Writes a file of that kind at `file` (which must not exist yet). */
export async function writeUnusableDatabase(file: string, kind: UnusableDatabaseKind): Promise<void> {
  switch (kind) {
    case 'empty':
      writeFileSync(file, '');
      return;
    case 'text':
      writeFileSync(file, 'Einkaufsliste: Milch, Brot, Kaffee\n'.repeat(200));
      return;
    case 'foreign-sqlite':
      return writeSqlite(file, () => {});
    case 'foreign-application-id':
      // Fossil's id; any id that is not ours.
      return writeSqlite(file, (sqlite) => sqlite.pragma('application_id = 252006673'));
    case 'damaged':
      await writeOwnDatabase(file);
      return damageMiddlePage(file);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown kind ${String(unknown)}`);
    }
  }
}

const ROWS = 20_000;

/** A database of someone else's with a table of a few hundred pages and no journal left beside it. */
function writeSqlite(file: string, mark: (sqlite: SQLite.Database) => void): void {
  const sqlite = new SQLite(file);
  mark(sqlite);
  sqlite.exec('create table notes (id integer primary key, body text not null)');
  const insert = sqlite.prepare('insert into notes (body) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`note ${i} ${'x'.repeat(50)}`);
  })();
  sqlite.close();
}

/** A real, migrated Schichtbrett database whose table `login_throttle` fills a few hundred pages. */
export async function writeOwnDatabase(file: string): Promise<void> {
  const database = openDatabase({ file });
  await migrateToLatest(database.db);
  const insert = database.sqlite.prepare(
    'insert into login_throttle (key, failures, last_failure_at) values (?, 1, ?)',
  );
  database.sqlite.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`address:192.0.2.${i}-${'x'.repeat(40)}`, '2026-12-07T09:00:00.000Z');
  })();
  await database.close();
}

/**
 * Overwrites bytes in the middle of a b-tree page of a table in the middle of the file: SQLite opens it
 * and answers simple queries, but `quick_check` finds the broken cells.
 */
export function damageMiddlePage(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0xab), 0, 64, Math.floor(pages / 2) * pageSize + 100);
  } finally {
    closeSync(fd);
  }
}
