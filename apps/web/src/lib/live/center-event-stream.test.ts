import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCenterEventSource, type CenterStreamHandlers } from './center-event-stream';

/** Just enough of EventSource: the test dispatches what the server or the network would. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  closed = false;

  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }

  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }

  emit(type: string, data = '{}') {
    this.dispatchEvent(Object.assign(new Event(type), { data }));
  }

  fail(readyState: number) {
    this.readyState = readyState;
    this.dispatchEvent(new Event('error'));
  }
}

function handlers() {
  return {
    ready: vi.fn(),
    weekChanged: vi.fn(),
    requestsChanged: vi.fn(),
    down: vi.fn(),
    ended: vi.fn(),
  } satisfies CenterStreamHandlers;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('openCenterEventSource', () => {
  it('listens to the center and passes on ready and each week', () => {
    const on = handlers();
    openCenterEventSource('demo zentrum', on);
    const [source] = FakeEventSource.opened;
    expect(source?.url).toBe('/api/centers/demo%20zentrum/events');
    source!.emit('ready');
    source!.emit('week-changed', '{"week":"2026-W49"}');
    source!.emit('week-changed', 'kaputt');
    expect(on.ready).toHaveBeenCalledTimes(1);
    expect(on.weekChanged.mock.calls).toEqual([['2026-W49']]);
    source!.emit('requests-changed');
    expect(on.requestsChanged).toHaveBeenCalledTimes(1);
  });

  it('leaves a network drop to EventSource, but reopens a refused stream with a growing pause', () => {
    const on = handlers();
    openCenterEventSource('demo', on);
    FakeEventSource.opened[0]!.fail(FakeEventSource.CONNECTING);
    expect(on.down).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.opened).toHaveLength(1);

    FakeEventSource.opened[0]!.fail(FakeEventSource.CLOSED);
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.opened[1]!.fail(FakeEventSource.CLOSED);
    vi.advanceTimersByTime(3_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(3);
  });

  it('stays closed after "session-ended", and after close()', () => {
    const on = handlers();
    const stream = openCenterEventSource('demo', on);
    const [source] = FakeEventSource.opened;
    source!.emit('session-ended');
    expect(on.ended).toHaveBeenCalledTimes(1);
    expect(source!.closed).toBe(true);
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.opened).toHaveLength(1);

    const other = openCenterEventSource('demo', handlers());
    FakeEventSource.opened[1]!.fail(FakeEventSource.CLOSED);
    other.close();
    stream.close();
    vi.advanceTimersByTime(600_000);
    expect(FakeEventSource.opened).toHaveLength(2);
  });
});
