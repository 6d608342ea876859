import { describe, expect, it } from 'vitest';
import { storageFailureOf } from './storage-failure';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('storageFailureOf', () => {
  it('knows the storage failures of SQLite, with their extended codes', () => {
    expect(storageFailureOf(sqliteError('SQLITE_FULL'))).toBe('full');
    expect(storageFailureOf(sqliteError('SQLITE_BUSY_SNAPSHOT'))).toBe('busy');
    expect(storageFailureOf(sqliteError('SQLITE_READONLY_DBMOVED'))).toBe('read-only');
    expect(storageFailureOf(sqliteError('SQLITE_IOERR_WRITE'))).toBe('io');
  });

  it('finds one wrapped as the cause of another error', () => {
    expect(storageFailureOf(new Error('projection failed', { cause: sqliteError('SQLITE_FULL') }))).toBe('full');
  });

  it('leaves bugs and other errors alone', () => {
    expect(storageFailureOf(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailureOf(sqliteError('SQLITE_FULLNESS'))).toBeNull();
    expect(storageFailureOf(new TypeError('x is undefined'))).toBeNull();
    expect(storageFailureOf(null)).toBeNull();
  });
});
