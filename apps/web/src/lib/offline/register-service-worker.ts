/**
 * Registers the service worker (src/service-worker.ts, ADR 14) in production builds. Without one (an old browser, a
 * refused registration) the app works online exactly as before, so a failure is only logged.
 */
import { dev } from '$app/environment';

export function registerServiceWorker(): void {
  if (dev || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/service-worker.js', { scope: '/' }).catch((error: unknown) => {
    console.warn('service worker not registered; offline use is unavailable', error);
  });
}
