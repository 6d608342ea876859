/**
 * Runs the built server (`apps/server/dist/main.js`) as a child process, as `pnpm start` would, and
 * builds it first when the bundle is missing or older than the sources it is made from. The demo seed
 * gives it accounts; `loginAsDemo` signs one in over HTTP for a socket.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const serverBundle = join(repoRoot, 'apps/server/dist/main.js');
const sourceDirs = ['apps/server/src', 'packages/domain/src', 'packages/db/src'].map((dir) => join(repoRoot, dir));

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the server bundle unless it exists and is newer than every source file. */
export function ensureServerBuilt(): void {
  const sources = Math.max(...sourceDirs.map(newestSourceMtime));
  if (existsSync(serverBundle) && statSync(serverBundle).mtimeMs >= sources) return;
  execFileSync('pnpm', ['--filter', '@schichtbrett/server', 'build'], { cwd: repoRoot, stdio: 'pipe' });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Its ORIGIN, `http://127.0.0.1:<port>`: logins and sockets must send it. */
  origin: string;
  /** Resolves when the process has exited (with its signal, if killed). */
  exited: Promise<NodeJS.Signals | null>;
}

/** A port that was free a moment ago (the server needs it up front: its ORIGIN names it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The demo seed's password for every demo account (`DEMO_PASSWORD` is set to it for the child). */
export const DEMO_PASSWORD = 'schichtbrett';

/**
 * Logs a demo account in (`POST /api/auth/login`, same-origin) and returns `schichtbrett_session=…` for a
 * Cookie header.
 */
export async function loginAsDemo(server: ServerProcess, email = 'koordination@demo.test'): Promise<string> {
  const response = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('schichtbrett_session='));
  if (response.status !== 200 || !cookie) throw new Error(`login as ${email} failed with ${response.status}`);
  return cookie;
}

/** Starts the bundle on a free port with `dataDir` and resolves once it logged `"msg":"listening"`. */
export async function startServerProcess(dataDir: string, timeoutMs = 20_000): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverBundle], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: origin,
      DATA_DIR: dataDir,
      SEED_DEMO: '1',
      DEMO_PASSWORD,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not log "listening" within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        let entry: { msg?: string; port?: number };
        try {
          entry = JSON.parse(line) as { msg?: string; port?: number };
        } catch {
          continue;
        }
        if (entry.msg === 'listening' && typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve({ child, port: entry.port, origin, exited });
          return;
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal}):\n${output}`));
    });
  });
}

export interface FinishedProcess {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundle with `env` added to a production-like environment and waits for it to exit by itself:
 * for starts that must be refused. Killed (and reported with its output) if it is still up after the time.
 */
export async function runServerProcessToExit(
  env: Record<string, string>,
  options: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<FinishedProcess> {
  const child = spawn(process.execPath, [serverBundle], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit within ${options.timeoutMs ?? 20_000} ms:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 20_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
