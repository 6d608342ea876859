import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS, decodePresenceUser, peersOf, presenceColor, presenceInitials } from './presence';

describe('decodePresenceUser', () => {
  it('accepts the identity the server stamped', () => {
    expect(decodePresenceUser({ personId: 'p1', name: ' Ulrike K. ', role: 'coordinator' })).toEqual({
      personId: 'p1',
      name: 'Ulrike K.',
      role: 'coordinator',
    });
  });

  it('refuses what is not a user and drops an unknown role', () => {
    expect(decodePresenceUser(null)).toBeNull();
    expect(decodePresenceUser({ name: '   ' })).toBeNull();
    expect(decodePresenceUser({ name: 42 })).toBeNull();
    expect(decodePresenceUser({ name: 'Eve', role: 'admin' })?.role).toBeNull();
    expect(decodePresenceUser({ name: 'x'.repeat(100) })?.name).toHaveLength(40);
  });
});

describe('peersOf', () => {
  it('lists the local browser first, then by name, and leaves out states without a user', () => {
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { personId: 'z', name: 'Zoe' } }],
      [1, { user: { personId: 'b', name: 'Ben' } }],
      [7, { user: { personId: 'm', name: 'Me' } }],
      [9, { cursor: 1 }],
    ]);
    expect(peersOf(states, 7).map((peer) => [peer.user.name, peer.isSelf])).toEqual([
      ['Me', true],
      ['Ben', false],
      ['Zoe', false],
    ]);
  });
});

describe('peersOf with one person on several devices', () => {
  it('lists the person once, as "you" when this browser is one of them', () => {
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { personId: 'p1', name: 'Sabine K.' } }],
      [7, { user: { personId: 'p1', name: 'Sabine K.' } }],
      [5, { user: { personId: 'p2', name: 'Markus L.' } }],
      [6, { user: { personId: 'p2', name: 'Markus L.' } }],
    ]);
    expect(peersOf(states, 7).map((peer) => [peer.clientId, peer.isSelf])).toEqual([
      [7, true],
      [5, false],
    ]);
  });
});

describe('presenceInitials and presenceColor', () => {
  it('take the first letters of the first and last word', () => {
    expect(presenceInitials('Ulrike K.')).toBe('UK');
    expect(presenceInitials('anna maria keller')).toBe('AK');
    expect(presenceInitials('Ulrike')).toBe('U');
  });

  it('give one person the same colour everywhere', () => {
    const color = presenceColor({ personId: 'p-17', name: 'Gisela M.' });
    expect(PRESENCE_COLORS).toContain(color);
    expect(presenceColor({ personId: 'p-17', name: 'anders' })).toBe(color);
  });
});
