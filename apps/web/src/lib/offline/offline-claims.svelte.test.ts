import { describe, expect, it, vi } from 'vitest';
import type { ClaimResult } from '$lib/api/claims';
import { queueKey } from './claim-queue';
import { memoryStorage, openShift as shift } from './test-fixtures';
import { OfflineClaims } from './offline-claims.svelte';

const refused: ClaimResult = { ok: false, reason: 'refused', refusal: 'full', status: 409, message: 'Vergeben.' };

describe('OfflineClaims', () => {
  it('keeps queued claims across page loads, and forgets a cancelled one', () => {
    const storage = memoryStorage();
    const send = vi.fn<(shiftId: string) => Promise<ClaimResult>>();
    const first = new OfflineClaims({ center: 'demo', personId: 'petra', storage, send, now: () => 5 });
    first.add(shift('a'));
    first.add(shift('b'));
    first.cancel('a');
    const again = new OfflineClaims({ center: 'demo', personId: 'petra', storage, send });
    expect(again.queued).toEqual([{ shift: shift('b'), queuedAt: 5 }]);
    expect(again.isQueued('b')).toBe(true);
    expect(new OfflineClaims({ center: 'demo', personId: 'anna', storage, send }).queued).toEqual([]);
  });

  it('sends on flush, reports each answer once, and tells the page', async () => {
    const storage = memoryStorage();
    const onSent = vi.fn();
    const send = vi.fn(async (): Promise<ClaimResult> => refused);
    const claims = new OfflineClaims({ center: 'demo', personId: 'petra', storage, send, onSent });
    claims.add(shift('a'));
    await Promise.all([claims.flush(), claims.flush()]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(claims.results).toEqual([{ kind: 'refused', shift: shift('a'), message: 'Vergeben.' }]);
    expect(claims.queued).toEqual([]);
    expect(storage.getItem(queueKey('demo', 'petra'))).toBeNull();
    expect(onSent).toHaveBeenCalledTimes(1);
    await claims.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps a claim that is still offline, without reporting anything', async () => {
    const storage = memoryStorage();
    const onSent = vi.fn();
    const send = async (): Promise<ClaimResult> => ({ ok: false, reason: 'unavailable', offline: true });
    const claims = new OfflineClaims({ center: 'demo', personId: 'petra', storage, send, onSent });
    claims.add(shift('a'));
    await claims.flush();
    expect(claims.queued.map((entry) => entry.shift.shiftId)).toEqual(['a']);
    expect(claims.results).toEqual([]);
    expect(onSent).not.toHaveBeenCalled();
  });
});
