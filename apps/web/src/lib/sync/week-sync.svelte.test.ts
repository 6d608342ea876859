import { closeCodes } from '@schichtbrett/domain';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { OfflineCopy, OfflineCopyFactory } from './offline-copy';
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
  /** Sync step 2 (the server's state): after it the provider counts as synced. */
  sendSyncStep2(update: Uint8Array = Y.encodeStateAsUpdate(new Y.Doc())): void {
    this.onmessage?.({ data: syncMessage(1, update) });
  }
  /** An edit of someone else, relayed by the server. */
  sendUpdate(update: Uint8Array): void {
    this.onmessage?.({ data: syncMessage(2, update) });
  }
}

/** A y-protocols sync message (type 0) of the given sync kind, written by hand: lib0 is no dependency of ours. */
function syncMessage(kind: 1 | 2, update: Uint8Array): ArrayBuffer {
  const length: number[] = [];
  let rest = update.length;
  while (rest > 0x7f) {
    length.push(0x80 | (rest & 0x7f));
    rest >>>= 7;
  }
  length.push(rest);
  return new Uint8Array([0, kind, ...length, ...update]).buffer;
}

/** An edit made on another client, as an update. */
function remoteEdit(key: string): Uint8Array {
  const other = new Y.Doc();
  other.getMap('probe').set(key, true);
  return Y.encodeStateAsUpdate(other);
}

/** An offline copy that stores nothing, with a clear() the test resolves when it likes. */
function fakeOfflineCopies() {
  const made: { roomName: string; doc: Y.Doc; copy: OfflineCopy; finishClear: () => void }[] = [];
  const factory: OfflineCopyFactory = (roomName, doc) => {
    let finishClear = () => {};
    const cleared = new Promise<void>((resolve) => (finishClear = resolve));
    const copy: OfflineCopy = {
      origin: { kind: 'fake-offline-copy' },
      destroy: vi.fn(async () => undefined),
      clear: vi.fn(() => cleared),
    };
    made.push({ roomName, doc, copy, finishClear: () => finishClear() });
    return copy;
  };
  return { factory, made };
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
    offlineCopy: false,
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

  it('after a refused update (`update-refused`) throws the local copy away and loads a fresh one', async () => {
    const { sync, onReset, lastSocket } = setup();
    const first = lastSocket();
    first.open();
    const oldDoc = sync.doc;
    oldDoc.getMap('probe').set('diverged', true);
    first.closeFromServer(closeCodes['update-refused'], 'update-refused');
    await tick();
    expect(sync.doc).not.toBe(oldDoc);
    expect(sync.doc.getMap('probe').get('diverged')).toBeUndefined();
    expect(onReset).toHaveBeenCalledWith(sync.doc);
    expect(sync.notice).toBe('change-refused');
    expect(sync.status).toBe('connecting');
    expect(lastSocket()).not.toBe(first);

    // Refused again before the fresh copy ever synced: no loop, the page offers a reload instead.
    lastSocket().closeFromServer(closeCodes['update-refused'], 'update-refused');
    await tick();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(sync.status).toBe('refused');
    expect(sync.refusalCode).toBe(closeCodes['update-refused']);
    sync.dismissNotice();
    expect(sync.notice).toBeNull();
    sync.destroy();
  });

  it('reloads who the person is on `access-changed` and lets the provider reconnect', async () => {
    const onAccessChanged = vi.fn();
    const { sync, onReset, lastSocket } = setup({ onAccessChanged });
    const first = lastSocket();
    first.open();
    const doc = sync.doc;
    first.closeFromServer(closeCodes['access-changed'], 'access-changed');
    expect(onAccessChanged).toHaveBeenCalledOnce();
    expect(sync.status).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lastSocket()).not.toBe(first);
    expect(sync.doc).toBe(doc);
    expect(onReset).not.toHaveBeenCalled();
    sync.destroy();
  });

  it('sends the user to sign in on `unauthenticated`', () => {
    const { sync, onSignedOut, lastSocket } = setup();
    lastSocket().open();
    lastSocket().closeFromServer(closeCodes.unauthenticated, 'unauthenticated');
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
    expect(sync.refusalCode).toBe(closeCodes.unauthenticated);
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

  describe('unsent changes', () => {
    const edit = (sync: WeekSync, key: string) => sync.doc.getMap('probe').set(key, true);

    it('counts local edits made while not synced, and none once synced', () => {
      const { sync, lastSocket } = setup();
      edit(sync, 'before-open');
      expect(sync.unsentChanges).toBe(1);
      lastSocket().open();
      edit(sync, 'open-not-synced');
      expect(sync.unsentChanges).toBe(2);
      lastSocket().sendSyncStep2();
      expect(sync.hasSynced).toBe(true);
      expect(sync.unsentChanges).toBe(0);
      edit(sync, 'live');
      expect(sync.unsentChanges).toBe(0);
      sync.destroy();
    });

    it('counts edits made offline, not the edits of others, and clears when the provider syncs again', async () => {
      const { sync, lastSocket } = setup();
      lastSocket().open();
      lastSocket().sendSyncStep2();
      lastSocket().closeFromServer(1006);
      expect(sync.status).toBe('offline');
      edit(sync, 'offline-1');
      edit(sync, 'offline-2');
      // One transaction is one change, however much it touches.
      sync.doc.transact(() => {
        edit(sync, 'offline-3a');
        edit(sync, 'offline-3b');
      });
      expect(sync.unsentChanges).toBe(3);

      await new Promise((resolve) => setTimeout(resolve, 400));
      const second = lastSocket();
      second.open();
      second.sendUpdate(remoteEdit('from-someone-else'));
      expect(sync.doc.getMap('probe').get('from-someone-else')).toBe(true);
      expect(sync.unsentChanges).toBe(3);
      second.sendSyncStep2();
      expect(sync.unsentChanges).toBe(0);
      sync.destroy();
    });

    it('does not count what the offline copy loads', () => {
      const { factory, made } = fakeOfflineCopies();
      const { sync } = setup({ offlineCopy: factory });
      expect(made).toHaveLength(1);
      expect(made[0]?.roomName).toBe(sync.roomName);
      Y.applyUpdate(sync.doc, remoteEdit('stored'), made[0]?.copy.origin);
      expect(sync.unsentChanges).toBe(0);
      sync.destroy();
      expect(made[0]?.copy.destroy).toHaveBeenCalled();
    });

    it('remembers since when the connection is lost, and forgets it once connected', async () => {
      let clock = 1_000;
      const { sync, lastSocket } = setup({ now: () => clock });
      lastSocket().open();
      lastSocket().sendSyncStep2();
      expect(sync.disconnectedSince).toBeNull();
      clock = 2_000;
      lastSocket().closeFromServer(1006);
      clock = 3_000;
      await new Promise((resolve) => setTimeout(resolve, 400));
      // A failed retry does not move the moment the connection was lost.
      lastSocket().closeFromServer(1006);
      expect(sync.disconnectedSince).toBe(2_000);
      await new Promise((resolve) => setTimeout(resolve, 600));
      lastSocket().open();
      expect(sync.disconnectedSince).toBeNull();
      sync.destroy();
    });
  });

  it('deletes the offline copy after a refused update before the fresh document connects', async () => {
    const { factory, made } = fakeOfflineCopies();
    const { sync, lastSocket } = setup({ offlineCopy: factory });
    const first = lastSocket();
    first.open();
    first.sendSyncStep2();
    first.closeFromServer(1006);
    sync.doc.getMap('probe').set('refused-later', true);
    expect(sync.unsentChanges).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const second = lastSocket();
    second.open();
    second.closeFromServer(closeCodes['update-refused'], 'update-refused');
    await tick();

    const refused = made[0];
    expect(refused?.copy.clear).toHaveBeenCalledOnce();
    expect(sync.doc.getMap('probe').get('refused-later')).toBeUndefined();
    expect(sync.unsentChanges).toBe(0);
    // Nothing loads while the old copy is being deleted: no new socket, no new copy.
    expect(lastSocket()).toBe(second);
    expect(made).toHaveLength(1);

    refused?.finishClear();
    await tick();
    expect(lastSocket()).not.toBe(second);
    expect(made).toHaveLength(2);
    expect(made[1]?.doc).toBe(sync.doc);
    sync.destroy();
  });

  it('drops an open socket when the browser reports it is offline, and retries when it is back', () => {
    const connectivity = new EventTarget();
    const { sync, lastSocket } = setup({ connectivity });
    const first = lastSocket();
    first.open();
    first.sendSyncStep2();
    connectivity.dispatchEvent(new Event('offline'));
    expect(sync.browserOnline).toBe(false);
    expect(sync.status).toBe('offline');
    sync.doc.getMap('probe').set('while-offline', true);
    expect(sync.unsentChanges).toBe(1);
    const retry = lastSocket();
    expect(retry).not.toBe(first);
    connectivity.dispatchEvent(new Event('online'));
    expect(sync.browserOnline).toBe(true);
    sync.destroy();
  });
});
