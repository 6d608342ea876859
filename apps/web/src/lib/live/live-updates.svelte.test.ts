import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CenterStreamHandlers } from './center-event-stream';
import { LiveUpdates } from './live-updates.svelte';

/** A page's globals in Node: window and document as event targets, navigator with onLine. */
function fakeBrowser() {
  const browser = {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    navigator: { onLine: true },
  };
  vi.stubGlobal('window', browser.window);
  vi.stubGlobal('document', browser.document);
  vi.stubGlobal('navigator', browser.navigator);
  return browser;
}

function started(options: { onLine?: boolean } = {}) {
  const browser = fakeBrowser();
  browser.navigator.onLine = options.onLine ?? true;
  let handlers: CenterStreamHandlers | null = null;
  const closed = vi.fn();
  const refresh = vi.fn();
  const reconnected = vi.fn();
  const live = new LiveUpdates({
    center: 'demo',
    refresh,
    reconnected,
    openStream: (_center, given) => {
      handlers = given;
      return { close: closed };
    },
    fallbackPollMs: 60_000,
    debounceMs: 300,
  });
  const stop = live.start();
  return { live, stop, refresh, reconnected, closed, browser, stream: () => handlers! };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LiveUpdates', () => {
  it('turns a burst of week events into one refetch', () => {
    const { refresh, stream, live } = started();
    stream().ready();
    vi.advanceTimersByTime(300);
    refresh.mockClear();
    expect(live.connection).toBe('live');
    for (let i = 0; i < 5; i++) stream().weekChanged('2026-W49');
    vi.advanceTimersByTime(299);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refetches when a request to the person was made or answered', () => {
    const { refresh, stream } = started();
    stream().ready();
    vi.advanceTimersByTime(300);
    refresh.mockClear();
    stream().requestsChanged();
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('polls only while the stream is down, and refetches when it is back', () => {
    const { refresh, stream, live, reconnected } = started();
    stream().ready();
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(1); // the one after "ready"
    stream().down();
    expect(live.connection).toBe('polling');
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    reconnected.mockClear();
    stream().ready();
    expect(reconnected).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(4);
  });

  it('says offline without polling, and sends what waited when the network is back', () => {
    const { refresh, reconnected, live, browser } = started({ onLine: false });
    expect(live.connection).toBe('offline');
    expect(reconnected).not.toHaveBeenCalled();
    vi.advanceTimersByTime(120_000);
    expect(refresh).not.toHaveBeenCalled();
    browser.navigator.onLine = true;
    browser.window.dispatchEvent(new Event('online'));
    expect(reconnected).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('leaves no timer, listener or stream behind when stopped', () => {
    const { refresh, stream, stop, closed, browser } = started();
    stream().down();
    stop();
    expect(closed).toHaveBeenCalled();
    browser.window.dispatchEvent(new Event('focus'));
    vi.advanceTimersByTime(600_000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
