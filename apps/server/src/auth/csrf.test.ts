import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { csrfByOrigin } from './csrf';

const ORIGIN = 'https://plan.example.org';

function app(origin: string) {
  return new Hono().use(csrfByOrigin(origin)).all('/x', (c) => c.text('ok'));
}

describe('csrfByOrigin', () => {
  it('lets reads through from anywhere', async () => {
    expect((await app(ORIGIN).request('/x', { headers: { origin: 'https://evil.example' } })).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuses %s from another origin or with no origin, for any content type',
    async (method) => {
      const cases: Record<string, string>[] = [
        { origin: 'https://evil.example', 'content-type': 'application/json' },
        { origin: 'https://plan.example.org.evil.example', 'content-type': 'text/plain' },
        { 'content-type': 'application/json' },
        { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const headers of cases) {
        const response = await app(ORIGIN).request('/x', { method, headers });
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ error: 'cross-origin' });
      }
    },
  );

  it('accepts our origin, or a browser that says same-origin', async () => {
    expect((await app(ORIGIN).request('/x', { method: 'POST', headers: { origin: ORIGIN } })).status).toBe(200);
    expect(
      (await app(ORIGIN).request('/x', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } })).status,
    ).toBe(200);
  });
});
