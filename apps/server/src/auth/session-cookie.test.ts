import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';

const now = new Date('2026-11-26T10:00:00Z');
const expiresAt = new Date('2026-12-26T10:00:00Z');

async function setCookieOf(secure: boolean, clear = false): Promise<string> {
  const app = new Hono().get('/', (c) => {
    if (clear) clearSessionCookie(c, { secure });
    else writeSessionCookie(c, { token: 'id.secret', expiresAt, now, secure });
    return c.body(null, 204);
  });
  return (await app.request('/')).headers.get('set-cookie') ?? '';
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, lives until the session expires, and is Secure behind https', async () => {
    const cookie = await setCookieOf(true);
    expect(cookie.split('; ').sort()).toEqual(
      ['schichtbrett_session=id.secret', 'Max-Age=2592000', 'Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax'].sort(),
    );
    expect(await setCookieOf(false)).not.toContain('Secure');
  });

  it('is cleared with Max-Age=0 and the same attributes', async () => {
    const cookie = await setCookieOf(true, true);
    expect(cookie).toMatch(/^schichtbrett_session=; Max-Age=0;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
  });
});
