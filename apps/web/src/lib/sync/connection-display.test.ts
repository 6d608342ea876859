import { describe, expect, it } from 'vitest';
import { CALM_MS, OFFLINE_AFTER_MS, nextChangeIn, shownConnection, type ConnectionFacts } from './connection-display';

const facts = (overrides: Partial<ConnectionFacts>): ConnectionFacts => ({
  status: 'offline',
  disconnectedSince: 10_000,
  hasSynced: true,
  browserOnline: true,
  now: 10_000,
  ...overrides,
});

describe('shownConnection', () => {
  it('passes the calm states through', () => {
    expect(shownConnection(facts({ status: 'connected', disconnectedSince: null }))).toBe('connected');
    expect(shownConnection(facts({ status: 'connecting', disconnectedSince: null }))).toBe('connecting');
    expect(shownConnection(facts({ status: 'refused' }))).toBe('refused');
  });

  it('shows nothing new for a drop shorter than a second', () => {
    expect(shownConnection(facts({ now: 10_000 + CALM_MS - 1 }))).toBe('connected');
    // Before the first sync there was no connection to keep showing.
    expect(shownConnection(facts({ now: 10_500, hasSynced: false }))).toBe('connecting');
  });

  it('says "reconnecting" for a few seconds, then "offline"', () => {
    expect(shownConnection(facts({ now: 10_000 + CALM_MS }))).toBe('reconnecting');
    expect(shownConnection(facts({ now: 10_000 + OFFLINE_AFTER_MS - 1 }))).toBe('reconnecting');
    expect(shownConnection(facts({ now: 10_000 + OFFLINE_AFTER_MS }))).toBe('offline');
  });

  it('says "offline" after the calm second when the browser has no network', () => {
    expect(shownConnection(facts({ now: 10_200, browserOnline: false }))).toBe('connected');
    expect(shownConnection(facts({ now: 10_000 + CALM_MS, browserOnline: false }))).toBe('offline');
  });

  it('a first attempt that fails is "connecting", not "reconnecting"', () => {
    expect(shownConnection(facts({ now: 12_000, hasSynced: false }))).toBe('connecting');
    expect(shownConnection(facts({ now: 20_000, hasSynced: false }))).toBe('offline');
  });
});

describe('nextChangeIn', () => {
  it('tells when the clock alone changes what is shown', () => {
    expect(nextChangeIn(facts({ now: 10_250 }))).toBe(CALM_MS - 250);
    expect(nextChangeIn(facts({ now: 10_000 + CALM_MS }))).toBe(OFFLINE_AFTER_MS - CALM_MS);
    expect(nextChangeIn(facts({ now: 10_000 + OFFLINE_AFTER_MS }))).toBeNull();
    expect(nextChangeIn(facts({ status: 'connected', disconnectedSince: null }))).toBeNull();
  });
});
