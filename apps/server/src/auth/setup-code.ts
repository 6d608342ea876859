/**
 * The one-time code that proves the first-run visitor can read the server's log or DATA_DIR (as Jupyter's
 * token or Grafana's first password): without it, whoever reaches /einrichten first would own the
 * installation. Made anew at each start while no center exists; gone from file and memory once used.
 */
import { timingSafeEqual } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@oslojs/crypto/sha2';

export const SETUP_CODE_FILE = 'setup-code.txt';

/** Crockford's base32: no I, L, O, U, so a code read off a screen is typed back right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters of 5 bits: 80 random bits, beyond guessing even without the throttle. */
const LENGTH = 16;

export interface SetupCodeGate {
  /** Compares in constant time; false once consumed. */
  matches(candidate: string): boolean;
  /** Forgets the code and deletes its file: setup succeeded. */
  consume(): void;
}

export interface IssuedSetupCode {
  /** As shown to people: four groups of four, e.g. `7KQM-3XPD-9HRT-W2FN`. */
  code: string;
  /** `<DATA_DIR>/setup-code.txt`, readable only by its owner (0600). */
  file: string;
  gate: SetupCodeGate;
}

export function generateSetupCode(
  random: (bytes: Uint8Array) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = new Uint8Array(LENGTH);
  random(bytes);
  // 32 divides 256: the low five bits of a random byte are uniform.
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return characters.match(/.{4}/g)?.join('-') ?? characters;
}

/** What people may type: any case, spaces and hyphens anywhere, O for 0 and I or L for 1. */
export function normalizeSetupCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replaceAll('O', '0').replace(/[IL]/g, '1');
}

function digest(code: string): Buffer {
  return Buffer.from(sha256(new TextEncoder().encode(normalizeSetupCode(code))));
}

/** Writes a fresh code to DATA_DIR (replacing an older one) and returns it with its gate. */
export function issueSetupCode(options: { dataDir: string; code?: string }): IssuedSetupCode {
  const code = options.code ?? generateSetupCode();
  const file = join(options.dataDir, SETUP_CODE_FILE);
  // Removed first: `mode` applies only to a file that is created, and an old one may have other rights.
  rmSync(file, { force: true });
  writeFileSync(file, `${code}\n`, { mode: 0o600, flag: 'wx' });
  // Only the digest stays in memory: equal lengths for timingSafeEqual, whatever was typed.
  let expected: Buffer | null = digest(code);
  return {
    code,
    file,
    gate: {
      matches(candidate) {
        return expected !== null && timingSafeEqual(digest(candidate), expected);
      },
      consume() {
        expected = null;
        rmSync(file, { force: true });
      },
    },
  };
}

/** An installation that is set up needs no code: a file left from before would only mislead. */
export function removeSetupCodeFile(dataDir: string): void {
  rmSync(join(dataDir, SETUP_CODE_FILE), { force: true });
}
