/** The in-memory update log with a switch that makes appends fail the way a full disk does. */
import { MemoryUpdateLog } from '../../src/sync';

export class FaultyMemoryLog extends MemoryUpdateLog {
  failAppends = false;

  override append(room: string, update: Uint8Array): number {
    if (this.failAppends) throw new Error('SQLITE_FULL: database or disk is full');
    return super.append(room, update);
  }
}
