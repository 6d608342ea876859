import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps local paths with their query', () => {
    expect(safeNextPath('/c/demo/w/2026-W48')).toBe('/c/demo/w/2026-W48');
    expect(safeNextPath('/konto?x=1')).toBe('/konto?x=1');
  });

  it('refuses other origins, odd paths and the login page itself', () => {
    for (const next of [
      null,
      '',
      'https://evil.test/',
      '//evil.test',
      '/\\evil.test',
      'c/demo',
      '/login',
      '/login?next=/x',
      '/\tx',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});

describe('loginPath', () => {
  it('carries the wanted page along', () => {
    expect(loginPath({ pathname: '/c/demo/w/2026-W48', search: '' })).toBe('/login?next=%2Fc%2Fdemo%2Fw%2F2026-W48');
    expect(loginPath({ pathname: '/', search: '' })).toBe('/login');
    expect(loginPath(null)).toBe('/login');
  });
});
