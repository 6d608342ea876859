import { describe, expect, it } from 'vitest';
import { isShiftKey } from './shift-key';

describe('isShiftKey', () => {
  it.each([
    's-0123456789abcdef01234567',
    'demo-cafe-vm-1',
    'demo-cafe-vm-1@2026-11-23',
    's-0a1b@2001-01-01',
    'tmpl_1.2:3',
    'c1',
    'A',
    `a${'b'.repeat(63)}`,
  ])('accepts %s', (key) => {
    expect(isShiftKey(key)).toBe(true);
  });

  it.each([
    '',
    'x\r\nATTENDEE;CN=Evil:mailto:evil@evil.test',
    'mit leerzeichen',
    '-führt-mit-strich',
    '@2026-11-23',
    'ümlaut',
    'a/b',
    'a"b',
    '<b>',
    `a${'b'.repeat(64)}`,
  ])('refuses %j', (key) => {
    expect(isShiftKey(key)).toBe(false);
  });
});
