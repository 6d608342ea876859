/** Reads the server's settings from the environment once, at the edge; everything else receives a Config. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /**
   * Public origin of the app, as people open it in the browser: adapter-node uses it, and state-changing
   * /api requests and WebSocket upgrades are accepted only from it.
   */
  origin: string;
  seedDemo: boolean;
  /** Header with the client's address behind a proxy (lowercase), and the proxy count for X-Forwarded-For. */
  addressHeader: string | null;
  xffDepth: number;
  /** Password of every demo account (seeded only with seedDemo on an empty database). */
  demoPassword: string;
  logLevel: string;
  /** Folder of the adapter-node build of apps/web; null serves only /api and /sync. */
  webBuildDir: string | null;
  /**
   * For tests only (`SCHICHTBRETT_TEST_NOW`): the instant the server's clock starts at, so a suite can run
   * on a Sunday evening or a Monday morning whatever the machine's date. Null: the machine's clock.
   */
  testNow: Date | null;
}

export const DEFAULT_DEMO_PASSWORD = 'schichtbrett';

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

type Env = Record<string, string | undefined>;

function flag(value: string | undefined, fallback: boolean): boolean | null {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  return null;
}

/** An ISO instant that names its offset (a bare local time would depend on the machine's zone); undefined if bad. */
function instantOrNull(value: string | undefined): Date | null | undefined {
  if (value === undefined || value === '') return null;
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Validates the environment; unknown values are reported instead of silently defaulted. */
export function loadConfig(env: Env, defaults: { webBuildDir: string | null; cwd: string }): ConfigResult {
  const problems: string[] = [];
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number, got "${env.PORT}"`);
  const seedDemo = flag(env.SEED_DEMO, true);
  if (seedDemo === null) problems.push(`SEED_DEMO must be 1 or 0, got "${env.SEED_DEMO}"`);
  const origin = env.ORIGIN ?? `http://localhost:${port}`;
  if (!URL.canParse(origin)) problems.push(`ORIGIN must be a URL, got "${origin}"`);
  const xffDepth = Number(env.XFF_DEPTH ?? '1');
  if (!Number.isInteger(xffDepth) || xffDepth < 1)
    problems.push(`XFF_DEPTH must be a positive whole number, got "${env.XFF_DEPTH}"`);
  const demoPassword = env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  if (demoPassword.length < 8) problems.push('DEMO_PASSWORD must have at least 8 characters');
  const testNow = instantOrNull(env.SCHICHTBRETT_TEST_NOW);
  if (testNow === undefined)
    problems.push(
      `SCHICHTBRETT_TEST_NOW must be an instant with its offset (2026-12-06T20:30:00+01:00), got "${env.SCHICHTBRETT_TEST_NOW}"`,
    );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      port,
      host: env.HOST ?? '0.0.0.0',
      dataDir: resolve(defaults.cwd, env.DATA_DIR ?? './data'),
      origin: new URL(origin).origin,
      seedDemo: seedDemo ?? true,
      demoPassword,
      addressHeader: env.ADDRESS_HEADER ? env.ADDRESS_HEADER.toLowerCase() : null,
      xffDepth,
      logLevel: env.LOG_LEVEL ?? 'info',
      webBuildDir: env.WEB_BUILD_DIR ? resolve(defaults.cwd, env.WEB_BUILD_DIR) : defaults.webBuildDir,
      testNow: testNow ?? null,
    },
  };
}
