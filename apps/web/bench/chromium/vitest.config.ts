import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The board's render benchmark in Chromium against the production build (`pnpm build` first); part of
// `pnpm bench`, never of `pnpm test`.
export default defineConfig({
  test: {
    name: '@schichtbrett/web-bench-chromium',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.chromium.ts'],
    environment: 'node',
    fileParallelism: false,
  },
});
