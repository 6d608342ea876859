/**
 * The date the whole e2e suite lives on. The demo is seeded relative to the server's "now", and many
 * specs reason about "this week", "tomorrow" or a cut-off, so a run must not depend on the weekday or the
 * hour the machine happens to have: the server (`SCHICHTBRETT_TEST_NOW`), every browser context
 * (`clock.install`) and the specs themselves read one clock that starts at the same instant.
 *
 * `E2E_NOW` chooses that instant (`2026-12-06T20:30:00+01:00` for a Sunday evening); unset, it is the next
 * Wednesday, 10:00 in Berlin: mid-week, with shifts behind and ahead. `E2E_NOW=machine` uses the real clock.
 */
import { instantOf, isoWeekdayOf, todayIn, type LocalDate } from '@schichtbrett/domain';

export const SUITE_TIME_ZONE = 'Europe/Berlin';

/** Set by the Playwright config for its workers, so every process starts from the same instant. */
const START_VARIABLE = 'E2E_SUITE_START';
const MACHINE_AT_START_VARIABLE = 'E2E_SUITE_MACHINE_AT_START';

/** The next Wednesday after the machine's today, at 10:00 in Berlin. */
export function nextWednesdayMorning(machineNow: Date): Date {
  const today = todayIn(machineNow, SUITE_TIME_ZONE);
  const daysAhead = (3 - isoWeekdayOf(today) + 7) % 7 || 7;
  return instantOf(addDays(today, daysAhead), '10:00', SUITE_TIME_ZONE);
}

/** A calendar date `days` later (noon UTC keeps the arithmetic clear of any zone's DST change). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Called once by the Playwright config: fixes the suite's start (null: the machine clock) and hands it to
 * the workers through the environment.
 */
export function fixSuiteStart(env: NodeJS.ProcessEnv = process.env): Date | null {
  if (env[START_VARIABLE] !== undefined) return env[START_VARIABLE] ? new Date(env[START_VARIABLE]) : null;
  const chosen = env.E2E_NOW;
  const machineNow = new Date();
  let start: Date | null;
  if (chosen === 'machine') start = null;
  else if (chosen) {
    start = new Date(chosen);
    if (Number.isNaN(start.getTime()) || !/(Z|[+-]\d{2}:\d{2})$/.test(chosen))
      throw new Error(`E2E_NOW must be an instant with its offset or "machine", got "${chosen}"`);
  } else start = nextWednesdayMorning(machineNow);
  env[START_VARIABLE] = start ? start.toISOString() : '';
  env[MACHINE_AT_START_VARIABLE] = String(machineNow.getTime());
  return start;
}

/** "Now" on the suite's clock, for specs that compute dates (tomorrow, this week) themselves. */
export function suiteNow(): Date {
  const start = process.env[START_VARIABLE];
  const machineAtStart = Number(process.env[MACHINE_AT_START_VARIABLE]);
  if (!start || !Number.isFinite(machineAtStart)) return new Date();
  return new Date(Date.parse(start) + (Date.now() - machineAtStart));
}

/** Whether the suite runs on a chosen date (then browsers get a clock installed). */
export function suiteClockIsSet(): boolean {
  return Boolean(process.env[START_VARIABLE]);
}
