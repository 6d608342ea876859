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

/** Someone took over the place of a person who looked for a stand-in: both should hear it. */
export interface StandInFoundNotice {
  center: string;
  /** ISO week, `YYYY-Www`. */
  week: string;
  shiftId: string;
  date: string;
  start: string;
  end: string;
  /** Who asked and is now off the shift. */
  askerId: string;
  /** Who took the place. */
  takerId: string;
}

export interface Notifier {
  dayClosed(notice: DayClosedNotice): void | Promise<void>;
  standInFound(notice: StandInFoundNotice): void | Promise<void>;
}

export function loggingNotifier(logger: Pick<Logger, 'info'>): Notifier {
  return {
    dayClosed(notice) {
      logger.info({ notice }, 'day closed: people to notify');
    },
    standInFound(notice) {
      logger.info({ notice }, 'stand-in found: people to notify');
    },
  };
}
