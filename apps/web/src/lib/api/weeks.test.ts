import { describe, expect, it } from 'vitest';
import { closeDay, decodePlanOutcome, planWeek, publishWeek } from './weeks';

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function answer(status: number, body: unknown, sent: Sent[] = []): typeof fetch {
  return async (url, init) => {
    sent.push({ url: String(url), init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  };
}

const target = { center: 'demo', week: '2027-W07' };

describe('planWeek', () => {
  it('posts the source and decodes what was added and skipped', async () => {
    const sent: Sent[] = [];
    const body = {
      added: 37,
      skipped: [{ id: 's1@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: ['p1', 7] }],
      notOpen: [
        { id: 's2@2026-11-22', date: '2026-11-22', weekday: 7 },
        { id: 'bad', date: '2026-11-22', weekday: 8 },
      ],
      holidays: { '2026-11-18': 'Buß- und Bettag', '2026-11-19': 3 },
    };
    const result = await planWeek(answer(200, body, sent), target, { source: 'previous-week', withPeople: false });
    expect(sent[0]?.url).toBe('/api/centers/demo/weeks/2027-W07/plan');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ source: 'previous-week', withPeople: false });
    expect(result).toEqual({
      ok: true,
      added: 37,
      skipped: [{ id: 's1@2026-11-18', date: '2026-11-18', holiday: 'Buß- und Bettag', excusedPersonIds: ['p1'] }],
      notOpen: [{ id: 's2@2026-11-22', date: '2026-11-22', weekday: 7 }],
      holidays: { '2026-11-18': 'Buß- und Bettag' },
    });
  });

  it('passes the server’s German refusal on as it is', async () => {
    const refusal = { error: 'forbidden', message: 'Das darf nur die Koordination.' };
    expect(await planWeek(answer(403, refusal), target, { source: 'template' })).toEqual({
      ok: false,
      reason: 'refused',
      status: 403,
      error: 'forbidden',
      message: 'Das darf nur die Koordination.',
    });
  });

  it('treats an unreachable or nonsensical server as unavailable', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await planWeek(offline, target, { source: 'template' })).toEqual({ ok: false, reason: 'unavailable' });
    expect(await planWeek(answer(200, { added: -1 }), target, { source: 'template' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await planWeek(answer(502, 'Bad Gateway'), target, { source: 'template' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});

describe('the other commands', () => {
  it('publishes and reads the new status', async () => {
    expect(await publishWeek(answer(200, { status: 'published' }), target)).toEqual({ ok: true, status: 'published' });
  });

  it('closes a day with its reason', async () => {
    const sent: Sent[] = [];
    const result = await closeDay(answer(200, {}, sent), { ...target, date: '2027-02-17' }, 'Betriebsausflug');
    expect(result).toEqual({ ok: true });
    expect(sent[0]?.url).toBe('/api/centers/demo/weeks/2027-W07/days/2027-02-17/close');
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ reason: 'Betriebsausflug' });
  });
});

describe('decodePlanOutcome', () => {
  it('refuses what is not an outcome', () => {
    expect(decodePlanOutcome(null)).toBeNull();
    expect(decodePlanOutcome({ added: 1.5 })).toBeNull();
    expect(decodePlanOutcome({ added: 0 })).toEqual({ added: 0, skipped: [], notOpen: [], holidays: {} });
  });
});
