/**
 * Real WebSocket clients for integration tests: the stock y-websocket provider and a raw `ws` socket,
 * both sending a session cookie and an Origin header like a browser on the app's page.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Where and as whom to connect. */
export interface SyncEndpoint {
  /** Base URL for the y-websocket provider: `${serverUrl}/${room}` is the socket's address. */
  serverUrl: string;
  /** Sent as `Origin`. */
  origin: string;
  /** Sent as `Cookie`, e.g. `schichtbrett_session=<token>`; empty for none. */
  cookie: string;
}

function handshakeHeaders(endpoint: SyncEndpoint): Record<string, string> {
  return { Origin: endpoint.origin, ...(endpoint.cookie ? { Cookie: endpoint.cookie } : {}) };
}

/**
 * A `ws` WebSocket class that sends the endpoint's headers with its handshake, for the provider's
 * `WebSocketPolyfill` (which it constructs as `new WebSocketPolyfill(url, protocols)`).
 */
function webSocketWithHeaders(endpoint: SyncEndpoint): typeof globalThis.WebSocket {
  const headers = handshakeHeaders(endpoint);
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return WebSocketWithHeaders as unknown as typeof globalThis.WebSocket;
}

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the provider saw, in order. */
  closes: Array<{ code: number; reason: string }>;
  /** Resolves once the provider synced with the server (again, after a reconnect). */
  synced(): Promise<void>;
  destroy(): void;
}

export function connectProvider(endpoint: SyncEndpoint, room: string, doc = new Y.Doc()): ProviderClient {
  const provider = new WebsocketProvider(endpoint.serverUrl, room, doc, {
    WebSocketPolyfill: webSocketWithHeaders(endpoint),
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: Array<{ code: number; reason: string }> = [];
  let destroyed = false;
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    synced: () =>
      provider.synced ? Promise.resolve() : new Promise<void>((resolve) => provider.once('sync', () => resolve())),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawSocket {
  socket: WebSocket;
  /** Binary frames received so far. */
  received: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** The HTTP status when the server refused the upgrade (never resolves for an accepted one). */
  refused: Promise<number>;
}

export function openRawSocket(endpoint: SyncEndpoint, room: string): RawSocket {
  const socket = new WebSocket(`${endpoint.serverUrl}/${room}`, { headers: handshakeHeaders(endpoint) });
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  // Without a listener `ws` turns an HTTP answer to the upgrade into an error event.
  const refused = new Promise<number>((resolve) =>
    socket.once('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    }),
  );
  socket.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    void refused.then((status) => reject(new Error(`upgrade refused with HTTP ${status}`)));
  });
  // Tests that expect a refusal never await `opened`.
  opened.catch(() => {});
  return {
    socket,
    received,
    refused,
    opened,
    closed: new Promise((resolve) =>
      socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
    ),
  };
}

/** Polls until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
