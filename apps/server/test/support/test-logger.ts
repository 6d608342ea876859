/** A real pino logger that keeps its JSON lines in memory, so tests can assert what was logged. */
import { pino, type Logger } from 'pino';

export interface LogEntry {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface TestLogger {
  logger: Logger;
  entries: LogEntry[];
  /** Entries whose message is `msg`. */
  find(msg: string): LogEntry[];
}

export function createTestLogger(level = 'debug'): TestLogger {
  const entries: LogEntry[] = [];
  const logger = pino({ level }, { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) });
  return { logger, entries, find: (msg) => entries.filter((entry) => entry.msg === msg) };
}
