/**
 * Parses JSON request bodies of /api once, before any route runs: malformed JSON answers 400 with a
 * message, whatever the route; handlers read the parsed value with `c.get('jsonBody')`.
 */
import { createMiddleware } from 'hono/factory';
import { apiError } from './api-error';

export type JsonBodyEnv = { Variables: { jsonBody: unknown } };

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const jsonBody = createMiddleware<JsonBodyEnv>(async (c, next) => {
  if (!METHODS_WITH_BODY.has(c.req.method)) return next();
  const text = await c.req.text();
  if (text.length === 0) {
    c.set('jsonBody', undefined);
    return next();
  }
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return apiError(c, 415, 'unsupported-media-type', 'Bitte sende JSON (Content-Type: application/json).');
  }
  try {
    c.set('jsonBody', JSON.parse(text));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unbekannter Fehler';
    return apiError(c, 400, 'invalid-json', `Der Inhalt ist kein gültiges JSON (${detail}).`);
  }
  return next();
});
