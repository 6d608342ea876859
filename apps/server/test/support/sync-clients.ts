/** Real WebSocket clients for integration tests: the stock y-websocket provider and a raw `ws` socket. */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the provider saw, in order. */
  closes: Array<{ code: number; reason: string }>;
  /** Resolves once the provider synced with the server (again, after a reconnect). */
  synced(): Promise<void>;
  destroy(): void;
}

export function connectProvider(serverUrl: string, room: string, doc = new Y.Doc()): ProviderClient {
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
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
}

export function openRawSocket(serverUrl: string, room: string): RawSocket {
  const socket = new WebSocket(`${serverUrl}/${room}`);
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  return {
    socket,
    received,
    opened: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
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
