import { describe, expect, it, vi } from 'vitest';
import type { CenterDetails } from '$lib/api/centers';
import type { CenterStreamHandlers, OpenCenterStream } from './center-event-stream';
import { watchCenterChanges, watchCenterDetails } from './center-changes';

function fakeStream() {
  let handlers: CenterStreamHandlers | null = null;
  let closed = false;
  const open: OpenCenterStream = (_center, given) => {
    handlers = given;
    return { close: () => (closed = true) };
  };
  return { open, handlers: () => handlers!, closed: () => closed };
}

describe('watchCenterChanges', () => {
  it('calls back on center-changed and after a reconnect, not on the first opening', () => {
    const stream = fakeStream();
    let changes = 0;
    const stop = watchCenterChanges('demo', () => changes++, stream.open);
    stream.handlers().ready();
    expect(changes).toBe(0);
    stream.handlers().centerChanged?.();
    expect(changes).toBe(1);
    stream.handlers().weekChanged('2026-W50');
    stream.handlers().ready();
    expect(changes).toBe(2);
    stop();
    expect(stream.closed()).toBe(true);
  });
});

describe('watchCenterDetails', () => {
  it('hands the refetched center, opening days included, on center-changed', async () => {
    const stream = fakeStream();
    const answer = {
      center: { name: 'Lindenhof', timeZone: 'Europe/Berlin', stateCode: 'HE', openingDays: [6, 7] },
      areas: [{ id: 'cafe', name: 'Café', color: '#b45309' }],
      people: [],
      me: { center: 'demo', personId: 'p1', role: 'coordinator', areaIds: [], displayName: 'Kora K.' },
    };
    const fetchFn = (async () => new Response(JSON.stringify(answer), { status: 200 })) as typeof fetch;
    const received: CenterDetails[] = [];
    const stop = watchCenterDetails('demo', (details) => received.push(details), stream.open, fetchFn);
    stream.handlers().ready();
    stream.handlers().centerChanged?.();
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]?.center.openingDays).toEqual([6, 7]);
    expect(received[0]?.areas.map((area) => area.id)).toEqual(['cafe']);
    stop();
  });
});
