import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusShiftFromUrl, shiftCardSelector, shiftIdFromUrl, shiftLink } from './shift-link';

describe('shift links', () => {
  it('names the shift in the query of its week board', () => {
    expect(shiftLink('demo', '2026-W48', 's-0a1b')).toBe('/c/demo/w/2026-W48?schicht=s-0a1b');
  });

  it('escapes what would break the path or query', () => {
    expect(shiftLink('a b', '2026-W48', 'x&y=z')).toBe('/c/a%20b/w/2026-W48?schicht=x%26y%3Dz');
  });

  it('reads the shift back from a URL, and nothing from a URL without one', () => {
    const base = 'http://127.0.0.1:4317';
    expect(shiftIdFromUrl(new URL(shiftLink('demo', '2026-W48', 'x&y=z'), base))).toBe('x&y=z');
    expect(shiftIdFromUrl(new URL('/c/demo/w/2026-W48', base))).toBeNull();
    expect(shiftIdFromUrl(new URL('/c/demo/w/2026-W48?schicht=%20', base))).toBeNull();
  });

  it('builds a selector that a quote in the id cannot break out of', () => {
    expect(shiftCardSelector('s-1')).toBe('[data-shift-id="s-1"]');
    expect(shiftCardSelector('a"]b')).toBe('[data-shift-id="a\\"]b"]');
    expect(shiftCardSelector('a\r\nb')).toBe('[data-shift-id="a\\d \\a b"]');
  });
});

/** Node has no DOM: just enough of one for the waiting and focusing. */
class FakeObserver {
  static all: FakeObserver[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeObserver.all.push(this);
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
}

function fakeCard() {
  const attributes = new Map<string, string>();
  return {
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    getAttribute: (name: string) => attributes.get(name) ?? null,
    scrollIntoView: vi.fn(),
    focus: vi.fn(),
  };
}

describe('focusShiftFromUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.all = [];
  });

  it('waits until the card exists, then scrolls to it and focuses it once', () => {
    vi.stubGlobal('MutationObserver', FakeObserver);
    let card: ReturnType<typeof fakeCard> | null = null;
    const root = { querySelector: vi.fn(() => card) };
    const url = new URL(shiftLink('demo', '2026-W48', 's-1'), 'http://test');
    focusShiftFromUrl(url, root as unknown as ParentNode & Node, { behavior: 'auto' });
    expect(root.querySelector).toHaveBeenCalledWith('[data-shift-id="s-1"]');

    card = fakeCard();
    FakeObserver.all[0]?.callback();
    expect(card.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    expect(card.focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(card.getAttribute('tabindex')).toBe('-1');
    expect(FakeObserver.all[0]?.disconnected).toBe(true);
  });

  it('does nothing without ?schicht=', () => {
    vi.stubGlobal('MutationObserver', FakeObserver);
    const root = { querySelector: vi.fn(() => null) };
    focusShiftFromUrl(new URL('http://test/c/demo/w/2026-W48'), root as unknown as ParentNode & Node)();
    expect(root.querySelector).not.toHaveBeenCalled();
    expect(FakeObserver.all).toHaveLength(0);
  });
});
