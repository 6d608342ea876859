/**
 * The thin edge between @hono/node-ws and the room registry: a WebSocket becomes a `SyncConnection`, its
 * events a `SyncSession`. Mount: `app.get('/sync/*', upgradeWebSocket((c) => syncWebSocketHandler(…)))`.
 */
import { createNodeWebSocket, type NodeWebSocket, type NodeWebSocketInit } from '@hono/node-ws';
import type { WSEvents, WSMessageReceive } from 'hono/ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { closeWith, type SyncConnection } from './close-codes';
import type { SyncIdentity } from './identity';
import type { RoomRegistry } from './room-registry';
import type { IncomingFrame, SyncSession } from './sync-session';

/** Largest frame a client may send; a week document's full state is a few hundred kB at most. */
export const defaultMaxFrameBytes = 8 * 1024 * 1024;

/** Unsent bytes a socket may hold before it counts as a slow consumer and is closed (`slow-consumer`). */
export const defaultMaxBufferedBytes = 16 * 1024 * 1024;

const OPEN = 1;

/** Socket limits; the app may configure them once for every sync socket. */
export interface SyncWebSocketOptions {
  /** Ping interval; a socket that did not answer the previous ping is terminated. 0 disables pings. */
  pingIntervalMs?: number;
  /** Unsent bytes allowed per socket before it is closed as a slow consumer. */
  maxBufferedBytes?: number;
  /** Where a slow-consumer close is reported. */
  logger?: Pick<Logger, 'warn'>;
}

export interface SyncWebSocketHandlerOptions extends SyncWebSocketOptions {
  /** Who is on this socket, established from the session before the upgrade; every update is checked against it. */
  identity: SyncIdentity;
}

export function syncWebSocketHandler(
  registry: RoomRegistry,
  roomName: string,
  {
    identity,
    pingIntervalMs = 30_000,
    maxBufferedBytes = defaultMaxBufferedBytes,
    logger,
  }: SyncWebSocketHandlerOptions,
): WSEvents<WebSocket> {
  let session: SyncSession | null = null;
  let stopKeepalive = (): void => {};
  return {
    onOpen(_event, ws) {
      ws.binaryType = 'arraybuffer';
      const connection: SyncConnection = {
        send: (message) => {
          if (ws.readyState !== OPEN) return;
          if (ws.raw && ws.raw.bufferedAmount > maxBufferedBytes) {
            logger?.warn({ room: roomName, bufferedBytes: ws.raw.bufferedAmount }, 'slow consumer');
            closeWith(connection, 'slow-consumer');
            return;
          }
          ws.send(message as Uint8Array<ArrayBuffer>);
        },
        close: (code, reason) => ws.close(code, reason),
      };
      session = registry.connect(roomName, connection, identity);
      if (ws.raw && pingIntervalMs > 0) stopKeepalive = keepAlive(ws.raw, pingIntervalMs);
    },
    onMessage(event) {
      session?.receive(toFrame(event.data));
    },
    onClose() {
      stopKeepalive();
      session?.disconnected();
    },
  };
}

/** node-ws hands binary frames over as ArrayBuffer and text frames as string; a Blob counts as non-binary. */
function toFrame(data: WSMessageReceive): IncomingFrame {
  if (typeof data === 'string') return data;
  if (data instanceof Blob) return '';
  return new Uint8Array(data);
}

/** Terminates sockets whose peer vanished without a close frame (the y-websocket server does the same). */
function keepAlive(socket: WebSocket, intervalMs: number): () => void {
  let alive = true;
  const onPong = (): void => {
    alive = true;
  };
  socket.on('pong', onPong);
  const timer = setInterval(() => {
    if (!alive) {
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    socket.off('pong', onPong);
  };
}

/**
 * `createNodeWebSocket` with a maximum frame size: node-ws takes no `ws` options, but its WebSocketServer
 * reads `options.maxPayload` at every upgrade. Larger frames close the socket with `message-too-big`.
 */
export function createSyncNodeWebSocket(init: NodeWebSocketInit & { maxFrameBytes?: number }): NodeWebSocket {
  const { maxFrameBytes = defaultMaxFrameBytes, ...nodeInit } = init;
  const nodeWebSocket = createNodeWebSocket(nodeInit);
  nodeWebSocket.wss.options.maxPayload = maxFrameBytes;
  return nodeWebSocket;
}
