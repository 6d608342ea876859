import { describe, expect, it } from 'vitest';
import { PANEL_PREFERENCE_KEY, readPanelShown, rememberPanelShown, type PreferenceStorage } from './panel-preference';

function memoryStorage(): PreferenceStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => values.set(key, value) };
}

describe('the people panel preference', () => {
  it('uses the screen default until a choice was made, then the choice', () => {
    const storage = memoryStorage();
    expect(readPanelShown(storage, true)).toBe(true);
    expect(readPanelShown(storage, false)).toBe(false);
    rememberPanelShown(storage, false);
    expect(readPanelShown(storage, true)).toBe(false);
    rememberPanelShown(storage, true);
    expect(readPanelShown(storage, false)).toBe(true);
  });

  it('falls back to the default for an unknown value and when storage refuses', () => {
    const storage = memoryStorage();
    storage.values.set(PANEL_PREFERENCE_KEY, 'maybe');
    expect(readPanelShown(storage, true)).toBe(true);
    const refusing: PreferenceStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readPanelShown(refusing, false)).toBe(false);
    expect(rememberPanelShown(refusing, true)).toBe(true);
    expect(readPanelShown(null, true)).toBe(true);
  });
});
