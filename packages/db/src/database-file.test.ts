import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile, type DatabaseFileProblem } from './database-file';
import { SCHICHTBRETT_APPLICATION_ID } from './application-id';
import { Migrator } from 'kysely';
import { migrateToLatest, openDatabase } from './connection';
import { migrations } from './migrations';
import { writeOwnDatabase, writeUnusableDatabase, type UnusableDatabaseKind } from './testing/unusable-database-files';

describe('checkDatabaseFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-dbfile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets a missing file be created, and accepts a migrated database of ours', async () => {
    const file = join(dir, 'schichtbrett.sqlite');
    expect(checkDatabaseFile(file)).toEqual({ ok: true, exists: false });
    await writeOwnDatabase(file);
    expect(checkDatabaseFile(file)).toEqual({ ok: true, exists: true });
  });

  it.each<[UnusableDatabaseKind, DatabaseFileProblem]>([
    ['empty', 'empty'],
    ['text', 'not-sqlite'],
    ['foreign-sqlite', 'foreign'],
    ['foreign-application-id', 'foreign'],
    ['damaged', 'damaged'],
  ])('refuses a file of kind %s as %s and leaves its bytes alone', async (kind, problem) => {
    const file = join(dir, 'schichtbrett.sqlite');
    await writeUnusableDatabase(file, kind);
    const before = readFileSync(file);
    const check = checkDatabaseFile(file);
    expect(check).toMatchObject({ ok: false, problem });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a folder in place of the file', () => {
    const file = join(dir, 'schichtbrett.sqlite');
    mkdirSync(file);
    expect(checkDatabaseFile(file)).toMatchObject({ ok: false, problem: 'not-a-file' });
  });

  it('accepts a database of ours from before the application_id, which the migration then marks', async () => {
    const file = join(dir, 'schichtbrett.sqlite');
    // As it was before the marking migration: migrated up to the one before it, id 0.
    const old = openDatabase({ file });
    const migrator = new Migrator({ db: old.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('2026-11-26-1350-shift-requests')).error).toBeUndefined();
    old.sqlite.pragma('application_id = 0');
    await old.close();
    expect(checkDatabaseFile(file)).toEqual({ ok: true, exists: true });

    const database = openDatabase({ file });
    await migrateToLatest(database.db);
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(SCHICHTBRETT_APPLICATION_ID);
    await database.close();
  });

  it('marks a new file as ours at once, before any migration', async () => {
    const database = openDatabase({ file: join(dir, 'new.sqlite') });
    expect(database.sqlite.pragma('application_id', { simple: true })).toBe(SCHICHTBRETT_APPLICATION_ID);
    await database.close();
  });
});
