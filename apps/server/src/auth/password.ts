/**
 * Passwords as argon2id PHC strings (OWASP's minimum: m=19 MiB, t=2, p=1). Verification of an unknown
 * account runs against a fixed dummy hash, so the answer takes as long as for a real one.
 */
import { hash, verify } from '@node-rs/argon2';

/** The three operations login and the seed need; tests wrap it to count verifications. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash (same parameters) of a password nobody has; verified when the account is unknown. */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$8lTnY9yhU7I1v9Epnf+GEQ$Eo0rHKjadaS1wBxuj4Ws3j1ZGPgDAEZVCyg77bzsWeI';

/** @node-rs/argon2 defaults to argon2id (its `Algorithm` is a const enum, unusable under isolatedModules). */
export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  async verify(passwordHash, password) {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed login, not a crash.
      return false;
    }
  },
};

/**
 * Checks a password against an account's stored hash, or against the dummy hash when there is no
 * account or no password, so that neither outcome nor timing tells whether the account exists.
 */
export async function verifyPasswordOrDummy(
  passwords: PasswordHasher,
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  const matches = await passwords.verify(storedHash ?? DUMMY_PASSWORD_HASH, password);
  return storedHash !== null && matches;
}
