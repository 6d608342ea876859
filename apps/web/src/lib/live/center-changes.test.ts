import { describe, expect, it } from 'vitest';
import type { CenterStreamHandlers, OpenCenterStream } from './center-event-stream';
import { watchCenterChanges } from './center-changes';

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
