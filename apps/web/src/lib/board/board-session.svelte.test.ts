import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CenterDetails } from '$lib/api/centers';
import { BoardSession } from './board-session.svelte';

const details: CenterDetails = {
  center: {
    slug: 'lindenhof',
    name: 'Familienzentrum Lindenhof',
    timeZone: 'Europe/Berlin',
    stateCode: 'HE',
    address: '',
    contact: '',
    claimCutoffHours: 48,
    openingDays: [1, 2, 3, 4, 5],
  },
  areas: [{ id: 'cafe', name: 'Café', color: '#b45309' }],
  people: [],
  me: { center: 'lindenhof', personId: 'p1', role: 'coordinator', areaIds: [], displayName: 'Kora K.' },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A session that never connects: creating one has no I/O (see `connect`); Node 20 only lacks the class. */
function sessionOf(): BoardSession {
  vi.stubGlobal('WebSocket', class {});
  return new BoardSession({
    details,
    week: { year: 2026, week: 50 },
    serverUrl: 'ws://localhost/sync',
    now: () => 0,
    newId: () => 's-1',
    onSignedOut: () => {},
    isSignedIn: async () => true,
  });
}

describe('BoardSession.applyCenter (center-changed)', () => {
  it('takes the opening days, the areas and the profile as read again', () => {
    const session = sessionOf();
    expect(session.openingDays).toEqual([1, 2, 3, 4, 5]);
    session.applyCenter({
      center: { ...details.center, name: 'Lindenhof e. V.', contact: '0641 123456', openingDays: [6, 7] },
      areas: [...details.areas, { id: 'kinder', name: 'Kinderbetreuung', color: '#336699' }],
    });
    expect(session.openingDays).toEqual([6, 7]);
    expect(session.areas.map((area) => area.id)).toEqual(['cafe', 'kinder']);
    expect(session.center).toMatchObject({ name: 'Lindenhof e. V.', contact: '0641 123456' });
    session.destroy();
  });
});
