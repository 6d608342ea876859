import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

/** The API and sync server in development (`pnpm dev` at the root starts it on 3001). */
const devServer = process.env.SCHICHTBRETT_DEV_SERVER ?? 'http://localhost:3001';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // Keep in step with the `paraglide` script in package.json.
      strategy: ['cookie', 'baseLocale'],
    }),
    sveltekit(),
  ],
  server: {
    proxy: {
      '/api': devServer,
      '/sync': { target: devServer.replace(/^http/, 'ws'), ws: true },
    },
  },
});
