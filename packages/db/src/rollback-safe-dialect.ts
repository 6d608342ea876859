/**
 * Kysely's SQLite dialect, except that a rollback SQLite already did itself is not repeated: after
 * SQLITE_FULL, SQLITE_IOERR or SQLITE_BUSY SQLite ends the transaction, and Kysely's own `rollback` then
 * throws "no transaction is active", hiding the error that says what went wrong (disk full).
 */
import type SQLite from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

class RollbackSafeSqliteDriver extends SqliteDriver {
  readonly #sqlite: SQLite.Database;

  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class RollbackSafeSqliteDialect extends SqliteDialect {
  readonly #sqlite: SQLite.Database;

  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new RollbackSafeSqliteDriver(this.#sqlite);
  }
}
