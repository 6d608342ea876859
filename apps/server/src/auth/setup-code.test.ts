import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateSetupCode, issueSetupCode, normalizeSetupCode, SETUP_CODE_FILE } from './setup-code';

describe('setup code', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-setup-code-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is four groups of four unambiguous characters', () => {
    expect(generateSetupCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(generateSetupCode((bytes) => bytes.fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('forgives case, spaces, hyphens and letters that look like digits', () => {
    expect(normalizeSetupCode(' 7kqm 3xpd-9hrt-w2fn ')).toBe('7KQM3XPD9HRTW2FN');
    expect(normalizeSetupCode('O1LI')).toBe('0111');
  });

  it('is written for its owner only, replaces an older file, and is gone from file and memory once used', () => {
    const file = join(dataDir, SETUP_CODE_FILE);
    writeFileSync(file, 'OLD0-OLD0-OLD0-OLD0\n', { mode: 0o644 });
    const issued = issueSetupCode({ dataDir, code: '7KQM-3XPD-9HRT-W2FN' });
    expect(issued.file).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('7KQM-3XPD-9HRT-W2FN\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    expect(issued.gate.matches('7kqm3xpd9hrtw2fn')).toBe(true);
    expect(issued.gate.matches('7KQM-3XPD-9HRT-W2FM')).toBe(false);
    expect(issued.gate.matches('')).toBe(false);
    expect(issued.gate.matches('OLD0-OLD0-OLD0-OLD0')).toBe(false);

    issued.gate.consume();
    expect(existsSync(file)).toBe(false);
    expect(issued.gate.matches('7KQM-3XPD-9HRT-W2FN')).toBe(false);
  });
});
