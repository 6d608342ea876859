import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the web app's pure modules and rune classes (`*.svelte.ts` need the Svelte compiler).
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  test: {
    name: '@schichtbrett/web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
