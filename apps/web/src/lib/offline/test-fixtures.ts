/** Shared by the offline tests: an open shift by id, and a storage kept in a Map. */
import type { OpenShift } from '$lib/api/claims';
import type { QueueStorage } from './claim-queue';

export function openShift(shiftId: string): OpenShift {
  return {
    shiftId,
    week: '2026-W49',
    date: '2026-12-02',
    start: '09:00',
    end: '12:00',
    areaId: 'cafe',
    areaName: 'Café',
    openPlaces: 1,
    standInFor: null,
  };
}

export function memoryStorage(): QueueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
