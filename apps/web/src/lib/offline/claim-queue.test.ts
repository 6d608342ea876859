import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '$lib/api/claims';
import { enqueue, isOfflineFailure, queueKey, readQueue, sendQueue, withoutShift, writeQueue } from './claim-queue';
import { memoryStorage, openShift as shift } from './test-fixtures';

const offline: ClaimResult = { ok: false, reason: 'unavailable', offline: true };
const taken = (shiftId: string): ClaimResult => ({
  ok: true,
  assignment: {
    shiftId,
    personId: 'p',
    week: '2026-W49',
    date: '2026-12-02',
    start: '09:00',
    end: '12:00',
    areaId: 'cafe',
  },
});
const full: ClaimResult = {
  ok: false,
  reason: 'refused',
  refusal: 'full',
  status: 409,
  message: 'Diese Schicht wurde gerade vergeben.',
};

describe('the claim queue', () => {
  it('keeps one queue per center and person, surviving a write and a read', () => {
    const storage = memoryStorage();
    const petra = queueKey('demo', 'petra');
    writeQueue(storage, petra, [{ shift: shift('a'), queuedAt: 1 }]);
    expect(readQueue(storage, petra)).toEqual([{ shift: shift('a'), queuedAt: 1 }]);
    expect(readQueue(storage, queueKey('demo', 'anna'))).toEqual([]);
    expect(readQueue(storage, queueKey('andere', 'petra'))).toEqual([]);
  });

  it('removes the stored item when the queue empties', () => {
    const storage = memoryStorage();
    const key = queueKey('demo', 'petra');
    writeQueue(storage, key, [{ shift: shift('a'), queuedAt: 1 }]);
    writeQueue(storage, key, []);
    expect(storage.items.size).toBe(0);
  });

  it('reads anything malformed as no claim at all', () => {
    const storage = memoryStorage();
    const key = queueKey('demo', 'petra');
    for (const stored of ['{', '{"a":1}', '[{"shift":{"shiftId":"a"},"queuedAt":1}]', '[null, 3]']) {
      storage.setItem(key, stored);
      expect(readQueue(storage, key)).toEqual([]);
    }
  });

  it('queues a shift once, and forgets a cancelled one', () => {
    const once = enqueue([], { shift: shift('a'), queuedAt: 1 });
    const twice = enqueue(once, { shift: shift('a'), queuedAt: 2 });
    expect(twice).toEqual([{ shift: shift('a'), queuedAt: 1 }]);
    const two = enqueue(twice, { shift: shift('b'), queuedAt: 3 });
    expect(withoutShift(two, 'a').map((entry) => entry.shift.shiftId)).toEqual(['b']);
  });

  it('only a request without any answer counts as offline', () => {
    expect(isOfflineFailure(offline)).toBe(true);
    expect(isOfflineFailure({ ok: false, reason: 'unavailable' })).toBe(false);
    expect(isOfflineFailure(full)).toBe(false);
    expect(isOfflineFailure(taken('a'))).toBe(false);
  });
});

describe('sendQueue', () => {
  const queue = [
    { shift: shift('a'), queuedAt: 1 },
    { shift: shift('b'), queuedAt: 2 },
    { shift: shift('c'), queuedAt: 3 },
  ];

  it('reports each answer, taken or refused with the server’s words, and empties the queue', async () => {
    const answers: Record<string, ClaimResult> = { a: taken('a'), b: full, c: { ok: false, reason: 'unavailable' } };
    const result = await sendQueue(queue, async (shiftId) => answers[shiftId]!);
    expect(result.remaining).toEqual([]);
    expect(result.sent).toEqual([
      { kind: 'claimed', shift: shift('a') },
      { kind: 'refused', shift: shift('b'), message: 'Diese Schicht wurde gerade vergeben.' },
      { kind: 'unavailable', shift: shift('c') },
    ]);
  });

  it('stops at the first claim that gets no answer and keeps it and the rest', async () => {
    const sentIds: string[] = [];
    const result = await sendQueue(queue, async (shiftId) => {
      sentIds.push(shiftId);
      return shiftId === 'a' ? taken('a') : offline;
    });
    expect(sentIds).toEqual(['a', 'b']);
    expect(result.sent).toEqual([{ kind: 'claimed', shift: shift('a') }]);
    expect(result.remaining.map((entry) => entry.shift.shiftId)).toEqual(['b', 'c']);
  });
});
