/** JSON logs on stdout (pino); one line per event, easy to grep and to ship. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'schichtbrett' } });
}
