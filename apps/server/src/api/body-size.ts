/**
 * Caps request bodies of /api before anything reads them (issue 11): an anonymous login must not make the
 * server buffer hundreds of megabytes. A declared Content-Length over the cap is refused unread; a chunked
 * body is counted while it streams and refused as soon as it passes the cap.
 */
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './api-error';

/** Every JSON body the API takes today is far below this; a route that needs more (an import) mounts its own. */
export const API_BODY_LIMIT_BYTES = 64 * 1024;

export function apiBodyLimit(maxBytes: number = API_BODY_LIMIT_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      apiError(
        c,
        413,
        'payload-too-large',
        `Die Anfrage ist zu groß (höchstens ${Math.floor(maxBytes / 1024)} KB). Es wurde nichts gespeichert.`,
      ),
  });
}
