import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_AFTER_MS, LocalPresence, type PresenceFields } from './local-presence';

describe('LocalPresence', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const published: PresenceFields[] = [];
    const presence = new LocalPresence({ publish: (fields) => published.push(fields), now: () => Date.now() });
    presence.start(new EventTarget());
    return { presence, published };
  }

  it('publishes the card at once and leaving it only after a short delay, so moving between cards does not flicker', () => {
    const { presence, published } = setup();
    presence.focusShift('s1');
    presence.focusShift(null);
    presence.focusShift('s2');
    vi.advanceTimersByTime(100);
    presence.focusShift(null);
    expect(published).toEqual([{ editing: 's1' }, { editing: 's2' }]);
    vi.advanceTimersByTime(1000);
    expect(published.at(-1)).toEqual({ editing: null });
    presence.destroy();
  });

  it('keeps the dialog’s shift while focus is inside the dialog', () => {
    const { presence, published } = setup();
    presence.openDialog('s1');
    presence.focusShift(null);
    vi.advanceTimersByTime(1000);
    expect(published).toEqual([{ editing: 's1' }]);
    presence.closeDialog();
    vi.advanceTimersByTime(1000);
    expect(published).toEqual([{ editing: 's1' }, { editing: null }]);
    presence.destroy();
  });

  it('goes idle after two minutes without input and back on the next input', () => {
    const { presence, published } = setup();
    vi.advanceTimersByTime(IDLE_AFTER_MS - 10_000);
    presence.input();
    vi.advanceTimersByTime(IDLE_AFTER_MS - 10_000);
    expect(published).toEqual([]);
    vi.advanceTimersByTime(20_000);
    expect(published).toEqual([{ idle: true }]);
    presence.input();
    presence.input();
    expect(published).toEqual([{ idle: true }, { idle: false }]);
    presence.destroy();
  });
});
