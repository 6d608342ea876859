/**
 * Hands every request no Hono route took to the SvelteKit app (adapter-node's `handler.js`), on the same
 * Node request and response. WebSocket upgrades reach Hono without a response object; they get a 404 here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Handler } from 'hono';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Imports the adapter-node build; its env (ORIGIN, BODY_SIZE_LIMIT …) is read at this moment. */
export async function loadSvelteKitHandler(buildDir: string): Promise<NodeHandler> {
  const module = (await import(pathToFileURL(join(buildDir, 'handler.js')).href)) as { handler: NodeHandler };
  return module.handler;
}

export function svelteKitRoute(handler: NodeHandler): Handler<{ Bindings: HttpBindings }> {
  return (c) => {
    const { incoming, outgoing } = c.env;
    if (!outgoing) return c.notFound();
    return new Promise<Response>((resolve) => {
      outgoing.once('finish', () => resolve(RESPONSE_ALREADY_SENT));
      outgoing.once('close', () => resolve(RESPONSE_ALREADY_SENT));
      handler(incoming, outgoing, () => resolve(c.notFound()));
    });
  };
}
