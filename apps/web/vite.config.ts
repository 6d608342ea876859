import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
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
    // Installable app and offline "Meine Schichten" (ADR 14): our own worker in src/service-worker.ts (built by SvelteKit), with the build's
    // files injected; it is registered by the root layout, in production builds only.
    SvelteKitPWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'service-worker.ts',
      injectRegister: false,
      manifest: {
        name: 'Schichtbrett',
        short_name: 'Schichtbrett',
        description: 'Dienste im Familienzentrum: offene Schichten übernehmen, die eigenen im Blick.',
        lang: 'de',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#f4f1ec',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['client/**/*.{js,css,svg,png,webmanifest,woff2}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    proxy: {
      '/api': devServer,
      '/sync': { target: devServer.replace(/^http/, 'ws'), ws: true },
    },
  },
});
