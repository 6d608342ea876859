import { describe, expect, it } from 'vitest';
import { GUEST_STORAGE_KEY, GuestIdentity } from './guest-identity.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const options = { random: () => 0.5, defaultName: (number: number) => `Gast ${number}` };

describe('GuestIdentity', () => {
  it('makes up a guest name once and keeps it', () => {
    const storage = memoryStorage();
    const first = new GuestIdentity({ storage, ...options });
    expect(first.name).toBe('Gast 55');
    expect(JSON.parse(storage.values.get(GUEST_STORAGE_KEY) ?? '')).toEqual(first.user);
    const again = new GuestIdentity({ storage, ...options, random: () => 0.1 });
    expect(again.user).toEqual(first.user);
  });

  it('renames, refusing empty and overlong names', () => {
    const storage = memoryStorage();
    const identity = new GuestIdentity({ storage, ...options });
    expect(identity.rename('  Ulrike   S. ')).toEqual({ ok: true });
    expect(identity.name).toBe('Ulrike S.');
    expect(identity.rename('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(identity.rename('x'.repeat(41))).toEqual({ ok: false, reason: 'too-long' });
    expect(identity.name).toBe('Ulrike S.');
  });

  it('survives a broken or missing storage', () => {
    const broken = memoryStorage({ [GUEST_STORAGE_KEY]: '{not json' });
    expect(new GuestIdentity({ storage: broken, ...options }).name).toBe('Gast 55');
    expect(new GuestIdentity({ storage: null, ...options }).name).toBe('Gast 55');
  });
});
