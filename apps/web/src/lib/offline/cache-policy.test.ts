import { describe, expect, it } from 'vitest';
import { cachePolicyOf, changesWhoIsSignedIn } from './cache-policy';
import { OFFLINE_COPY_HEADER, offlineCopyTime } from './offline-copy';

const ORIGIN = 'https://plan.example.org';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${ORIGIN}${path}`, mode });

describe('cachePolicyOf', () => {
  it('keeps the reads "Meine Schichten" needs, and the open list beside it', () => {
    for (const path of [
      '/api/auth/me',
      '/api/centers',
      '/api/centers/demo',
      '/api/centers/demo/my-shifts',
      '/api/centers/demo/open-shifts',
    ]) {
      expect(cachePolicyOf(get(path), ORIGIN)).toEqual({ kind: 'api-data' });
    }
  });

  it('leaves every write, every other API read, the live stream and other origins to the network', () => {
    const network = { kind: 'network' };
    expect(cachePolicyOf({ ...get('/api/centers/demo/shifts/x/claim'), method: 'POST' }, ORIGIN)).toEqual(network);
    expect(cachePolicyOf({ ...get('/api/centers/demo/my-shifts'), method: 'DELETE' }, ORIGIN)).toEqual(network);
    expect(cachePolicyOf(get('/api/centers/demo/events'), ORIGIN)).toEqual(network);
    expect(cachePolicyOf(get('/api/centers/demo/people'), ORIGIN)).toEqual(network);
    expect(cachePolicyOf(get('/api/auth/sessions'), ORIGIN)).toEqual(network);
    expect(cachePolicyOf(get('/api/centers/demo/open-shifts?day=2026-12-01'), ORIGIN)).toEqual(network);
    expect(cachePolicyOf({ ...get('/api/auth/me'), url: 'https://other.example/api/auth/me' }, ORIGIN)).toEqual(
      network,
    );
    expect(cachePolicyOf(get('/sync/week/demo/2026-W49'), ORIGIN)).toEqual(network);
  });

  it('treats page loads as navigations, but not the calendar feed or API addresses', () => {
    expect(cachePolicyOf(get('/c/demo/meine', 'navigate'), ORIGIN)).toEqual({ kind: 'navigation' });
    expect(cachePolicyOf(get('/c/demo/w/2026-W49', 'navigate'), ORIGIN)).toEqual({ kind: 'navigation' });
    expect(cachePolicyOf(get('/cal/abc.ics', 'navigate'), ORIGIN)).toEqual({ kind: 'network' });
    expect(cachePolicyOf(get('/api/auth/me', 'navigate'), ORIGIN)).toEqual({ kind: 'network' });
  });
});

describe('changesWhoIsSignedIn', () => {
  it('is true for signing in and out, setup and invitations, and nothing else', () => {
    const post = (path: string) => ({ method: 'POST', url: `${ORIGIN}${path}` });
    for (const path of ['/api/auth/login', '/api/auth/logout', '/api/auth/logout-all', '/api/setup']) {
      expect(changesWhoIsSignedIn(post(path), ORIGIN)).toBe(true);
    }
    expect(changesWhoIsSignedIn(post('/api/invitations/redeem'), ORIGIN)).toBe(true);
    expect(changesWhoIsSignedIn(post('/api/centers/demo/shifts/x/claim'), ORIGIN)).toBe(false);
    expect(changesWhoIsSignedIn({ method: 'GET', url: `${ORIGIN}/api/auth/logout` }, ORIGIN)).toBe(false);
  });
});

describe('offlineCopyTime', () => {
  it('reads the time of an offline copy and nothing from a fresh answer', () => {
    expect(offlineCopyTime(new Response('', { headers: { [OFFLINE_COPY_HEADER]: '1764150120000' } }))).toBe(
      1764150120000,
    );
    expect(offlineCopyTime(new Response(''))).toBeNull();
    expect(offlineCopyTime(new Response('', { headers: { [OFFLINE_COPY_HEADER]: 'gestern' } }))).toBeNull();
  });
});
