import { describe, expect, it, vi } from 'vitest';
import { WeekSync, type WeekSyncOptions } from './week-sync.svelte';

/** Just enough of a browser WebSocket for the provider; the test plays the server. */
class FakeSocket {
  static all: FakeSocket[] = [];
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(): void {}
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  closeFromServer(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

function setup(overrides: Partial<WeekSyncOptions> = {}) {
  FakeSocket.all = [];
  const onSignedOut = vi.fn();
  const onReset = vi.fn();
  const sync = new WeekSync({
    center: 'demo',
    week: { year: 2026, week: 48 },
    serverUrl: 'ws://test/sync',
    user: { personId: 'p1', name: 'Ulrike K.', role: 'coordinator' },
    onSignedOut,
    onReset,
    isSignedIn: async () => true,
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    ...overrides,
  });
  sync.connect();
  const lastSocket = () => {
    const socket = FakeSocket.all.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  };
  return { sync, onSignedOut, onReset, lastSocket };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WeekSync', () => {
  it('shows the local person in presence', () => {
    const { sync } = setup();
    expect(sync.peers.map((peer) => [peer.user.name, peer.isSelf])).toEqual([['Ulrike K.', true]]);
    sync.destroy();
  });

  it('after a refused update (4409) throws the local copy away and loads a fresh one', async () => {
    const { sync, onReset, lastSocket } = setup();
    const first = lastSocket();
    first.open();
    const oldDoc = sync.doc;
    oldDoc.getMap('probe').set('diverged', true);
    first.closeFromServer(4409, 'update-refused');
    await tick();
    expect(sync.doc).not.toBe(oldDoc);
    expect(sync.doc.getMap('probe').get('diverged')).toBeUndefined();
    expect(onReset).toHaveBeenCalledWith(sync.doc);
    expect(sync.notice).toBe('change-refused');
    expect(sync.status).toBe('connecting');
    expect(lastSocket()).not.toBe(first);

    // Refused again before the fresh copy ever synced: no loop, the page offers a reload instead.
    lastSocket().closeFromServer(4409, 'update-refused');
    await tick();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(sync.status).toBe('refused');
    expect(sync.refusalCode).toBe(4409);
    sync.dismissNotice();
    expect(sync.notice).toBeNull();
    sync.destroy();
  });

  it('reloads who the person is on 4001 (access changed) and lets the provider reconnect', async () => {
    const onAccessChanged = vi.fn();
    const { sync, onReset, lastSocket } = setup({ onAccessChanged });
    const first = lastSocket();
    first.open();
    const doc = sync.doc;
    first.closeFromServer(4001, 'access-changed');
    expect(onAccessChanged).toHaveBeenCalledOnce();
    expect(sync.status).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lastSocket()).not.toBe(first);
    expect(sync.doc).toBe(doc);
    expect(onReset).not.toHaveBeenCalled();
    sync.destroy();
  });

  it('sends the user to sign in on 4401', () => {
    const { sync, onSignedOut, lastSocket } = setup();
    lastSocket().open();
    lastSocket().closeFromServer(4401, 'unauthenticated');
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(sync.status).toBe('refused');
    sync.destroy();
  });

  it('asks whether the session holds when the upgrade fails, and signs out if it does not', async () => {
    const isSignedIn = vi.fn(async () => false);
    const { sync, onSignedOut, lastSocket } = setup({ isSignedIn });
    lastSocket().closeFromServer(1006);
    await tick();
    expect(isSignedIn).toHaveBeenCalledOnce();
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(sync.refusalCode).toBe(4401);
    sync.destroy();
  });

  it('stays offline and retries when the server is only unreachable', async () => {
    const isSignedIn = vi.fn(async () => {
      throw new Error('network down');
    });
    const { sync, onSignedOut, lastSocket } = setup({ isSignedIn });
    lastSocket().closeFromServer(1006);
    await tick();
    expect(onSignedOut).not.toHaveBeenCalled();
    expect(sync.status).toBe('offline');
    sync.destroy();
  });
});
