/**
 * Schedules synchronous SQLite writes that follow document changes (the relational projections): the
 * changes of one turn of the event loop are coalesced into one write per key, and no write starts while
 * an async Kysely transaction is open on the same connection (people management, seed), because it would
 * become part of that transaction and share its fate.
 */
import type { DatabaseHandle } from '@schichtbrett/db';

type SqliteDatabase = DatabaseHandle['sqlite'];

export class CoalescedWrites<T> {
  private readonly pending = new Map<string, T>();
  private flushing: Promise<void> | null = null;

  /** `write` is called with the latest item of each key; it must not throw (log instead). */
  constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly write: (key: string, item: T) => void,
  ) {}

  /** `item` (the latest state for `key`) is to be written soon. */
  schedule(key: string, item: T): void {
    this.pending.set(key, item);
    this.flushing ??= this.flushSoon();
  }

  /** Resolves once every write scheduled so far has run. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushSoon(): Promise<void> {
    // Coalesces the changes of the current task; a room changes nothing across an await.
    await Promise.resolve();
    while (this.sqlite.inTransaction) await new Promise((resolve) => setImmediate(resolve));
    const batch = [...this.pending];
    this.pending.clear();
    this.flushing = null;
    for (const [key, item] of batch) this.write(key, item);
  }
}
