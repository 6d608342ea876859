import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@schichtbrett/server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
