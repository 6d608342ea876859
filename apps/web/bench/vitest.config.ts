import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The board's render benchmark: Svelte's client build in a simulated DOM (happy-dom), not the node
// environment of the unit tests, which cannot mount components.
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('../src/lib', import.meta.url)),
      '$app/paths': fileURLToPath(new URL('./app-paths-stub.ts', import.meta.url)),
    },
    conditions: ['browser'],
  },
  test: {
    name: '@schichtbrett/web-bench',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    benchmark: { include: ['**/*.bench.ts'] },
    environment: 'happy-dom',
  },
});
