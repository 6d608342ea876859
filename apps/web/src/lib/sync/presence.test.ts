import { describe, expect, it } from 'vitest';
import { decodePresenceUser, peersOf, presenceInitials } from './presence';

describe('decodePresenceUser', () => {
  it('accepts a name and a hex colour', () => {
    expect(decodePresenceUser({ name: ' Gast 42 ', color: '#1e40af' })).toEqual({ name: 'Gast 42', color: '#1e40af' });
  });

  it('refuses what is not a user and replaces a bad colour', () => {
    expect(decodePresenceUser(null)).toBeNull();
    expect(decodePresenceUser({ name: '   ' })).toBeNull();
    expect(decodePresenceUser({ name: 42 })).toBeNull();
    expect(decodePresenceUser({ name: 'Eve', color: 'red;background:url(x)' })?.color).toBe('#4a5567');
    expect(decodePresenceUser({ name: 'x'.repeat(100) })?.name).toHaveLength(40);
  });
});

describe('peersOf', () => {
  it('lists the local browser first, then by name, and leaves out states without a user', () => {
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { name: 'Zoe', color: '#000000' } }],
      [1, { user: { name: 'Ben', color: '#000000' } }],
      [7, { user: { name: 'Me', color: '#000000' } }],
      [9, { cursor: 1 }],
    ]);
    expect(peersOf(states, 7).map((peer) => [peer.user.name, peer.isSelf])).toEqual([
      ['Me', true],
      ['Ben', false],
      ['Zoe', false],
    ]);
  });
});

describe('presenceInitials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(presenceInitials('Gast 42')).toBe('G4');
    expect(presenceInitials('anna maria keller')).toBe('AK');
    expect(presenceInitials('Ulrike')).toBe('U');
  });
});
