/**
 * Issue 11, item 7: a DATA_DIR the server cannot use ends the built server with exit code 3 and a plain
 * message that names the folder, says why and what to do: no SqliteError, no stack trace. The read-only
 * cases mount a tmpfs (as root); the permission case runs the server as `nobody`, since root ignores
 * permission bits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTUP_REFUSED_EXIT_CODE } from '../src/startup/startup-refusal';
import {
  ensureServerBuilt,
  runServerProcessToExit,
  serverBundle,
  type FinishedProcess,
} from './support/server-process';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

let base: string;
let readOnlyMount: string | null = null;
let mountRefused = '';

beforeAll(() => {
  ensureServerBuilt();
  base = mkdtempSync(join(tmpdir(), 'sb-refuse-dir-'));
  chmodSync(base, 0o755);
  const mountPoint = join(base, 'read-only');
  mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'pipe' });
    readOnlyMount = mountPoint;
  } catch (error) {
    mountRefused = error instanceof Error ? error.message : String(error);
  }
}, 120_000);

afterAll(() => {
  if (readOnlyMount) execFileSync('umount', [readOnlyMount]);
  rmSync(base, { recursive: true, force: true });
});

function expectPlainRefusal(run: FinishedProcess, folder: string, why: string): void {
  expect(run.code).toBe(STARTUP_REFUSED_EXIT_CODE);
  expect(run.stderr).toContain('Schichtbrett startet nicht.');
  expect(run.stderr).toContain(folder);
  expect(run.stderr).toContain(why);
  expect(run.stderr).toContain('DATA_DIR');
  expect(run.stderr).not.toContain('SqliteError');
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('start with a DATA_DIR that cannot be used', () => {
  it('refuses a DATA_DIR that is a file', async () => {
    const dataDir = join(base, 'a-file');
    writeFileSync(dataDir, 'kein Ordner');
    expectPlainRefusal(await runServerProcessToExit({ DATA_DIR: dataDir }), dataDir, 'ist eine Datei, kein Ordner');
  });

  it('refuses a DATA_DIR whose parent cannot be created because part of the path is a file', async () => {
    writeFileSync(join(base, 'plain-file'), '');
    const dataDir = join(base, 'plain-file', 'missing', 'data');
    expectPlainRefusal(
      await runServerProcessToExit({ DATA_DIR: dataDir }),
      dataDir,
      'ein Teil des Pfades ist eine Datei',
    );
  });

  it('refuses a DATA_DIR on a read-only mount', async (context) => {
    if (!readOnlyMount) return context.skip(`mounting a tmpfs is not allowed here: ${mountRefused}`);
    expectPlainRefusal(
      await runServerProcessToExit({ DATA_DIR: readOnlyMount }),
      readOnlyMount,
      'schreibgeschützten Laufwerk',
    );
  });

  it('refuses a DATA_DIR whose missing parent cannot be created on a read-only mount', async (context) => {
    if (!readOnlyMount) return context.skip(`mounting a tmpfs is not allowed here: ${mountRefused}`);
    const dataDir = join(readOnlyMount, 'missing', 'data');
    expectPlainRefusal(
      await runServerProcessToExit({ DATA_DIR: dataDir }),
      dataDir,
      'das Laufwerk ist schreibgeschützt',
    );
  });

  it('refuses a DATA_DIR the server user may not write to (chmod 555)', async (context) => {
    const dataDir = join(base, 'not-writable');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o555);
    // Root ignores permission bits: run the server as nobody, as a service account would be.
    const asNobody = isRoot ? { uid: NOBODY, gid: NOBODY } : {};
    if (isRoot) {
      const unreadable = bundleUnreadableFor(NOBODY);
      if (unreadable) return context.skip(`root ignores permissions, and nobody cannot read the server: ${unreadable}`);
    }
    expectPlainRefusal(await runServerProcessToExit({ DATA_DIR: dataDir }, asNobody), dataDir, 'nicht schreiben');
  });
});

/** Why `uid` cannot load the bundle and its native SQLite module (a checkout under /root, say); null if it can. */
function bundleUnreadableFor(uid: number): string | null {
  const probe = `const r = require('node:module').createRequire(${JSON.stringify(serverBundle)});
require('node:fs').readFileSync(${JSON.stringify(serverBundle)});
require('node:fs').readFileSync(r.resolve('better-sqlite3'));`;
  const result = spawnSync(process.execPath, ['-e', probe], { uid, gid: uid, encoding: 'utf8' });
  return result.status === 0 ? null : (result.stderr.split('\n').find((line) => line.includes('Error')) ?? 'unknown');
}
