/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker (ADR 14): precaches the built app (so pages open without a network), answers page
 * loads and the few reads "Meine Schichten" needs network first with a copy as the fallback, and stays out
 * of everything else (the board's WebSockets, writes, the live stream). Cached data is personal: it is
 * deleted around every request that changes who is signed in. Built by @vite-pwa/sveltekit
 * (injectManifest), which fills in `self.__WB_MANIFEST`.
 */
import { cachePolicyOf, changesWhoIsSignedIn } from './lib/offline/cache-policy';
import { OFFLINE_COPY_HEADER } from './lib/offline/offline-copy';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

/** The build's files with their revisions (the only mention: workbox-build replaces it). */
const manifest = self.__WB_MANIFEST;
/** Changes with every build: a new build's worker drops the old build's files and pages on activation. */
const BUILD = versionOf(manifest);
const SHELL_CACHE = `schichtbrett-shell-${BUILD}`;
/** Pages are shells that name the build's files, so they belong to the build as well. */
const PAGES_CACHE = `schichtbrett-pages-${BUILD}`;
/** The data outlives a new build: "Meine Schichten" still opens offline right after an update. */
const DATA_CACHE = 'schichtbrett-data';
/** Every page is the same client-rendered shell (`ssr = false`): the last one loaded stands in for any. */
const SHELL_KEY = '/__offline-shell';

const precache = manifest.map((entry) => (entry.revision ? `${entry.url}?__rev=${entry.revision}` : entry.url));
const precachedPaths = new Map(
  manifest.map((entry, index) => [new URL(entry.url, self.location.href).pathname, precache[index]!]),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(precache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  const current = new Set([SHELL_CACHE, PAGES_CACHE, DATA_CACHE]);
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (!current.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const origin = self.location.origin;
  if (changesWhoIsSignedIn(request, origin)) {
    event.respondWith(forgetPersonalData(request));
    return;
  }
  const policy = cachePolicyOf(request, origin);
  switch (policy.kind) {
    case 'api-data':
      event.respondWith(networkFirst(request, DATA_CACHE, request.url));
      return;
    case 'navigation':
      event.respondWith(networkFirst(request, PAGES_CACHE, request.url, SHELL_KEY));
      return;
    case 'network': {
      const precached = request.method === 'GET' ? precachedPaths.get(new URL(request.url).pathname) : undefined;
      if (precached && new URL(request.url).origin === origin) event.respondWith(fromPrecache(request, precached));
      return;
    }
    default:
      policy satisfies never;
  }
});

/**
 * Counts the changes of who is signed in: an answer is kept only if no such change began or ended while
 * it was on its way, since it may have been made for the person before.
 */
let personGeneration = 0;

/** Passes the request on and empties the personal caches before and after, so no answer slips in between. */
async function forgetPersonalData(request: Request): Promise<Response> {
  personGeneration += 1;
  await Promise.all([caches.delete(DATA_CACHE), caches.delete(PAGES_CACHE)]);
  try {
    return await fetch(request);
  } finally {
    personGeneration += 1;
    await Promise.all([caches.delete(DATA_CACHE), caches.delete(PAGES_CACHE)]);
  }
}

/**
 * The network's answer, kept (a 200 only) under `key` (and `alsoKey`); without a network answer the kept
 * copy, marked with the time it was stored. Without a copy the network's failure stands.
 */
async function networkFirst(request: Request, cacheName: string, key: string, alsoKey?: string): Promise<Response> {
  const generation = personGeneration;
  try {
    const response = await fetch(request);
    if (response.status === 200 && response.type === 'basic' && generation === personGeneration) {
      const stored = await stamped(response.clone());
      const cache = await caches.open(cacheName);
      // Checked again after the awaits: a sign-out may have begun meanwhile.
      if (generation !== personGeneration) return response;
      await cache.put(key, stored.clone());
      if (alsoKey) await cache.put(alsoKey, stored);
    }
    return response;
  } catch (error) {
    const cache = await caches.open(cacheName);
    const copy = (await cache.match(key)) ?? (alsoKey ? await cache.match(alsoKey) : undefined);
    if (copy) return copy;
    throw error;
  }
}

/** The response with the time it is stored in the offline-copy header (only copies carry it). */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(OFFLINE_COPY_HEADER, String(Date.now()));
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

function versionOf(manifest: { url: string; revision: string | null }[]): string {
  let hash = 0;
  for (const { url, revision } of manifest) {
    for (const char of `${url}@${revision ?? ''};`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  }
  return (hash >>> 0).toString(36);
}

async function fromPrecache(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(SHELL_CACHE);
  return (await cache.match(key)) ?? fetch(request);
}
