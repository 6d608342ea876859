/**
 * Where the server tells people about changes that concern them. Only the hook for now: notifications
 * proper (mail, push) come later; the default writes a log line, and tests pass a notifier that records.
 */
import type { Logger } from 'pino';

export interface DayClosedNotice {
  center: string;
  /** ISO week, `YYYY-Www`. */
  week: string;
  date: string;
  reason: string;
  /** The people on the shifts that were called off, each once. */
  personIds: string[];
}

export interface Notifier {
  dayClosed(notice: DayClosedNotice): void | Promise<void>;
}

export function loggingNotifier(logger: Pick<Logger, 'info'>): Notifier {
  return {
    dayClosed(notice) {
      logger.info({ notice }, 'day closed: people to notify');
    },
  };
}
