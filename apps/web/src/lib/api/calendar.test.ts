import { describe, expect, it } from 'vitest';
import { calendarSubscribeLinks, createFeed, fetchFeedState, shiftIcsPath, webcalUrl } from './calendar';

const answering = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('calendar feed client', () => {
  it('reads whether a feed exists, never expecting its URL', async () => {
    expect(await fetchFeedState(answering(200, { feed: null }), 'demo')).toEqual({ kind: 'none' });
    expect(await fetchFeedState(answering(200, { feed: { createdAt: '2026-11-26T10:00:00Z' } }), 'demo')).toEqual({
      kind: 'exists',
      createdAt: '2026-11-26T10:00:00Z',
    });
    expect(await fetchFeedState(answering(500, {}), 'demo')).toBeNull();
  });

  it('takes the secret URL from the creation answer only when it is one', async () => {
    expect(await createFeed(answering(201, { url: 'https://x.test/cal/abc.ics' }), 'demo')).toEqual({
      ok: true,
      url: 'https://x.test/cal/abc.ics',
    });
    expect(await createFeed(answering(201, { url: 'javascript:alert(1)' }), 'demo')).toEqual({ ok: false });
    expect(await createFeed(answering(403, { message: 'nein' }), 'demo')).toEqual({ ok: false });
  });

  it('builds one subscribe address per common calendar, each carrying the feed', () => {
    expect(calendarSubscribeLinks('https://plan.example.org/cal/a+b.ics')).toEqual({
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fplan.example.org%2Fcal%2Fa%2Bb.ics',
      apple: 'webcal://plan.example.org/cal/a+b.ics',
      outlook: 'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fplan.example.org%2Fcal%2Fa%2Bb.ics',
    });
  });

  it('builds webcal and download addresses', () => {
    expect(webcalUrl('https://plan.example.org/cal/abc.ics')).toBe('webcal://plan.example.org/cal/abc.ics');
    expect(shiftIcsPath('demo', 'tpl@2026-11-30')).toBe('/api/centers/demo/shifts/tpl%402026-11-30/ics');
  });
});
