import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // apps/server mounts build/handler.js and serves /api and /sync on the same port.
    adapter: adapter({ out: 'build' }),
    // Registered by the root layout in production builds only ($lib/offline/register-service-worker.ts).
    serviceWorker: { register: false },
  },
};

export default config;
