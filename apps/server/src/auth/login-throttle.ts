/**
 * Growing delays after failed logins, per account and per address (table `login_throttle`). After the
 * allowance, each further failure doubles the wait. A success clears the account's counter; an address's
 * counter is forgotten a day after its last failure (a success must not reset it, or an attacker with one
 * account of their own could reset it between guesses at others).
 */
import type { Kysely } from 'kysely';
import {
  clearThrottle,
  deleteThrottlesBefore,
  findThrottle,
  recordThrottleFailure,
  type Database,
} from '@schichtbrett/db';

export interface ThrottlePolicy {
  /** Failures allowed before the first wait. */
  allowance: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { allowance: 5 };
export const ADDRESS_POLICY: ThrottlePolicy = { allowance: 20 };
const FIRST_WAIT_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 60 * 60;
/** A counter whose last failure is older than this starts again from zero. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ThrottleKeys {
  account: string;
  address: string;
}

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email}`, address: `address:${address}` };
}

/**
 * Wrong first-run setup codes count like failed logins, but per address only: one shared counter would
 * let anyone lock the real administrator out of the first run.
 */
export function setupCodeThrottleKeys(address: string): ThrottleKeys {
  return { account: `setup-code:${address}`, address: `address:${address}` };
}

/** "30 Sekunden", "5 Minuten": how long to wait, in words for a refusal message. */
export function waitInWords(seconds: number): string {
  return seconds < 90 ? `${seconds} Sekunden` : `${Math.ceil(seconds / 60)} Minuten`;
}

/** Seconds to wait after `failures` failures; 0 while within the allowance. */
export function waitAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.allowance) return 0;
  const doublings = Math.min(failures - policy.allowance, 20);
  return Math.min(FIRST_WAIT_SECONDS * 2 ** doublings, LONGEST_WAIT_SECONDS);
}

/** Seconds until another attempt is allowed for these keys; 0 when one is allowed now. */
export async function secondsUntilAllowed(db: Kysely<Database>, keys: ThrottleKeys, now: Date): Promise<number> {
  let longest = 0;
  for (const [key, policy] of [
    [keys.account, ACCOUNT_POLICY],
    [keys.address, ADDRESS_POLICY],
  ] as const) {
    const entry = await findThrottle(db, key);
    if (!entry) continue;
    const allowedAt = new Date(entry.lastFailureAt).getTime() + waitAfter(entry.failures, policy) * 1000;
    longest = Math.max(longest, Math.ceil((allowedAt - now.getTime()) / 1000));
  }
  return longest;
}

export async function recordLoginFailure(db: Kysely<Database>, keys: ThrottleKeys, now: Date): Promise<void> {
  await deleteThrottlesBefore(db, new Date(now.getTime() - FORGET_AFTER_MS).toISOString());
  await recordThrottleFailure(db, keys.account, now.toISOString());
  await recordThrottleFailure(db, keys.address, now.toISOString());
}

export async function recordLoginSuccess(db: Kysely<Database>, keys: ThrottleKeys): Promise<void> {
  await clearThrottle(db, keys.account);
}
