import { describe, expect, it } from 'vitest';
import {
  PRESENCE_COLORS,
  decodePresenceUser,
  editorsByShift,
  editorsOf,
  peersOf,
  presenceColor,
  presenceInitials,
} from './presence';

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

describe('editing and idle', () => {
  it('decodes what a peer is editing and whether it is idle, defensively', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { personId: 'a', name: 'Anna' }, editing: 's-1', idle: false }],
      [2, { user: { personId: 'b', name: 'Ben' }, editing: 42, idle: 'yes' }],
      [3, { user: { personId: 'c', name: 'Cem' }, editing: 'x'.repeat(500) }],
    ]);
    expect(peersOf(states, 9).map((peer) => [peer.user.name, peer.editing, peer.idle])).toEqual([
      ['Anna', 's-1', false],
      ['Ben', null, false],
      ['Cem', null, false],
    ]);
  });

  it('merges one person on two devices: editing from either, idle only when both are', () => {
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { personId: 'p1', name: 'Sabine K.' }, idle: true }],
      [4, { user: { personId: 'p1', name: 'Sabine K.' }, editing: 's-2', idle: false }],
    ]);
    expect(peersOf(states, 9)).toMatchObject([{ clientId: 3, editing: 's-2', idle: false }]);
  });

  it('puts the other, active people on the cards they edit', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { personId: 'a', name: 'Anna' }, editing: 's-1' }],
      [2, { user: { personId: 'b', name: 'Ben' }, editing: 's-1', idle: true }],
      [3, { user: { personId: 'me', name: 'Me' }, editing: 's-1' }],
      [4, { user: { personId: 'd', name: 'Dora' }, editing: 's-2' }],
    ]);
    const editors = editorsByShift(peersOf(states, 3));
    expect(editorsOf(editors, 's-1').map((peer) => peer.user.name)).toEqual(['Anna']);
    expect(editorsOf(editors, 's-2').map((peer) => peer.user.name)).toEqual(['Dora']);
    expect(editorsOf(editors, 's-3')).toBe(editorsOf(editors, 's-4'));
  });
});
