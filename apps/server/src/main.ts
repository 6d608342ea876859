/** Entry point of `pnpm start`: reads the environment, starts the server, stops cleanly on SIGTERM. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockStartingAt } from './clock';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startServer } from './server';
import { STARTUP_REFUSED_EXIT_CODE, StartupRefusal } from './startup/startup-refusal';

const here = dirname(fileURLToPath(import.meta.url));
const result = loadConfig(process.env, { webBuildDir: resolve(here, '../../web/build'), cwd: process.cwd() });
if (!result.ok) {
  for (const problem of result.problems) console.error(`Configuration error: ${problem}`);
  process.exit(2);
}
const logger = createLogger(result.config.logLevel);
const { testNow } = result.config;
if (testNow)
  logger.warn(
    { testNow: testNow.toISOString() },
    'test clock: the server runs on a chosen date, not the machine clock',
  );
const server = await startServer(result.config, {
  logger,
  now: testNow ? clockStartingAt(testNow) : undefined,
}).catch((error: unknown) => {
  if (!(error instanceof StartupRefusal)) throw error;
  // For the person at the console or in `docker logs`: one plain paragraph, no stack trace.
  console.error(`Schichtbrett startet nicht. ${error.message}`);
  process.exit(STARTUP_REFUSED_EXIT_CODE);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
