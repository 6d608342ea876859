/**
 * The personal iCal feed (issue 5) against a real server and SQLite: it parses back with an iCal parser
 * (ical.js), holds the right local times of Europe/Berlin across a DST change, follows the plan, leaves
 * drafts out, and a revoked or replaced URL answers 404. "Now" is 2026-10-14 (only `Date` is faked, and
 * it keeps running), so the change to winter time on Sunday 2026-10-25 lies inside the feed's window.
 */
import ICAL from 'ical.js';
import { addShift, assignPerson, unassignPerson, type ShiftInput } from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shiftEventUid } from '../src/calendar/shift-calendar';
import { serverOrigin } from '../src/sync';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const NOW = new Date('2026-10-14T10:00:00Z');
const CAFE = 'cafe';
/** The UID of a shift's event: a hash, never the id itself (ADR 0023). */
const uid = (shiftId: string) => shiftEventUid(shiftId, 'demo');

let server: SyncTestServer;
let vera: SignedIn;

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  description: string | null;
  status: string | null;
  tzid: string;
  /** Wall-clock start in the event's zone, "YYYY-MM-DD HH:MM". */
  localStart: string;
  localEnd: string;
  /** Instants, ISO in UTC. */
  start: string;
  end: string;
}

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs, into comparable events. */
function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const local = (time: ICAL.Time) =>
    `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')} ` +
    `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description ?? null,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      tzid: String(dtstart?.getParameter('tzid') ?? ''),
      localStart: local(event.startDate),
      localEnd: local(event.endDate),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

function shift(date: string, patch: Partial<ShiftInput> = {}): ShiftInput {
  return { areaId: CAFE, date, start: '09:00', end: '12:00', needed: 2, notes: '', ...patch };
}

/** Changes a week document as the server does for its commands, then waits for the SQL projection. */
async function changeWeek(week: string, change: (doc: Parameters<typeof addShift>[0]) => unknown): Promise<void> {
  const result = await server.registry.changeDocument(`week/demo/${week}`, (doc) => {
    const outcome = change(doc);
    if (outcome && typeof outcome === 'object' && 'ok' in outcome && outcome.ok === false) {
      throw new Error(`week change refused: ${JSON.stringify(outcome)}`);
    }
  });
  expect(result.ok).toBe(true);
  await server.weeksProjected();
}

async function createFeed(who: SignedIn = vera): Promise<string> {
  const response = await server.api(who, 'POST', '/api/centers/demo/calendar-feed');
  expect(response.status).toBe(201);
  const { url } = (await response.json()) as { url: string };
  return url;
}

async function fetchFeed(url: string): Promise<ParsedEvent[]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return parseCalendar(await response.text()).events;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
  server = await startSyncTestServer();
  const center = await server.database.db
    .selectFrom('centers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  await server.database.db
    .insertInto('areas')
    .values({ id: CAFE, center_id: center.id, name: 'Café/Offener Treff', color: '#b45309', position: 0 })
    .execute();
  vera = await server.signIn({ role: 'volunteer', name: 'Vera Ehrenamt' });
});

afterEach(async () => {
  vi.useRealTimers();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('the calendar feed', () => {
  it('parses back with the right local times across the change to winter time', async () => {
    // The Sunday before the change (CEST, UTC+2), the Sunday of the change (CET from 03:00, UTC+1), the
    // Sunday after.
    await changeWeek('2026-W42', (doc) => {
      addShift(doc, 'so-vorher', shift('2026-10-18', { notes: 'Kuchen mitbringen; Schürze' }), serverOrigin);
      return assignPerson(doc, 'so-vorher', vera.personId, 1, serverOrigin);
    });
    await changeWeek('2026-W43', (doc) => {
      addShift(doc, 'so-umstellung', shift('2026-10-25'), serverOrigin);
      return assignPerson(doc, 'so-umstellung', vera.personId, 1, serverOrigin);
    });
    await changeWeek('2026-W44', (doc) => {
      addShift(doc, 'so-danach', shift('2026-11-01'), serverOrigin);
      return assignPerson(doc, 'so-danach', vera.personId, 1, serverOrigin);
    });
    for (const week of ['2026-W42', '2026-W43', '2026-W44']) await server.setStatus(`week/demo/${week}`, 'published');
    await server.weeksProjected();

    const url = await createFeed();
    expect(url).toMatch(new RegExp(`^${server.origin}/cal/[a-z2-7]{40}\\.ics$`));
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261025T090000');

    const { calendar, events } = parseCalendar(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(events.map((e) => [e.uid, e.tzid, e.localStart, e.localEnd, e.start, e.end])).toEqual([
      [
        uid('so-vorher'),
        'Europe/Berlin',
        '2026-10-18 09:00',
        '2026-10-18 12:00',
        '2026-10-18T07:00:00.000Z',
        '2026-10-18T10:00:00.000Z',
      ],
      [
        uid('so-umstellung'),
        'Europe/Berlin',
        '2026-10-25 09:00',
        '2026-10-25 12:00',
        '2026-10-25T08:00:00.000Z',
        '2026-10-25T11:00:00.000Z',
      ],
      [
        uid('so-danach'),
        'Europe/Berlin',
        '2026-11-01 09:00',
        '2026-11-01 12:00',
        '2026-11-01T08:00:00.000Z',
        '2026-11-01T11:00:00.000Z',
      ],
    ]);
    // Same wall-clock time, one hour apart in UTC: the offset changed between the two Sundays.
    const [before, change] = events;
    expect(Date.parse(change!.start) - Date.parse(before!.start)).toBe(7 * 24 * 3600_000 + 3600_000);
    expect(events[0]).toMatchObject({
      summary: 'Café/Offener Treff – Schichtbrett',
      location: 'Zentrum demo',
      description: 'Kuchen mitbringen; Schürze',
      status: 'CONFIRMED',
    });
  });

  it('follows the plan, leaves drafts and other people’s shifts out, and marks cancelled shifts', async () => {
    await changeWeek('2026-W43', (doc) => {
      addShift(doc, 'di', shift('2026-10-20'), serverOrigin);
      addShift(doc, 'mi', shift('2026-10-21', { start: '14:00', end: '17:30' }), serverOrigin);
      addShift(doc, 'do-andere', shift('2026-10-22'), serverOrigin);
      return assignPerson(doc, 'di', vera.personId, 1, serverOrigin);
    });
    await server.setStatus('week/demo/2026-W43', 'published');
    // A draft week: Vera is on a shift there, but the plan is not out yet.
    await changeWeek('2026-W45', (doc) => {
      addShift(doc, 'entwurf', shift('2026-11-03'), serverOrigin);
      return assignPerson(doc, 'entwurf', vera.personId, 1, serverOrigin);
    });
    // Outside the window: more than 4 weeks back.
    await changeWeek('2026-W36', (doc) => {
      addShift(doc, 'alt', shift('2026-09-01'), serverOrigin);
      return assignPerson(doc, 'alt', vera.personId, 1, serverOrigin);
    });
    await server.setStatus('week/demo/2026-W36', 'published');
    await server.weeksProjected();

    const url = await createFeed();
    expect((await fetchFeed(url)).map((e) => e.uid)).toEqual([uid('di')]);

    // The coordinator puts Vera on Wednesday and takes her off Tuesday: the same URL shows it.
    await changeWeek('2026-W43', (doc) => {
      assignPerson(doc, 'mi', vera.personId, 2, serverOrigin);
      return unassignPerson(doc, 'di', vera.personId, serverOrigin);
    });
    const afterChange = await fetchFeed(url);
    expect(afterChange.map((e) => [e.uid, e.localStart, e.localEnd])).toEqual([
      [uid('mi'), '2026-10-21 14:00', '2026-10-21 17:30'],
    ]);

    // Publishing the draft brings its shift in; closing Wednesday calls that one off.
    await server.setStatus('week/demo/2026-W45', 'published');
    const close = await server.api(
      server.coordinator,
      'POST',
      '/api/centers/demo/weeks/2026-W43/days/2026-10-21/close',
      {
        reason: 'Wasserschaden',
      },
    );
    expect(close.status).toBe(200);
    await server.weeksProjected();
    const later = await fetchFeed(url);
    expect(later.map((e) => [e.uid, e.status])).toEqual([
      [uid('mi'), 'CANCELLED'],
      [uid('entwurf'), 'CONFIRMED'],
    ]);
    expect(later[0]?.description).toContain('Wasserschaden');
  });

  it('answers 404 for a revoked URL, a replaced URL and an unknown one', async () => {
    expect(await (await server.api(vera, 'GET', '/api/centers/demo/calendar-feed')).json()).toEqual({ feed: null });
    const first = await createFeed();
    expect((await fetch(first)).status).toBe(200);

    const status = await server.api(vera, 'GET', '/api/centers/demo/calendar-feed');
    const body = await status.text();
    expect(JSON.parse(body)).toEqual({ feed: { createdAt: expect.any(String) } });
    // Never the secret again.
    expect(body).not.toContain(first.split('/cal/')[1]!.replace('.ics', ''));

    // A new URL revokes the old one.
    const second = await createFeed();
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);

    // Revoking: the URL is gone at once.
    expect((await server.api(vera, 'DELETE', '/api/centers/demo/calendar-feed')).status).toBe(204);
    const gone = await fetch(second);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect(await (await server.api(vera, 'GET', '/api/centers/demo/calendar-feed')).json()).toEqual({ feed: null });

    for (const path of ['/cal/' + 'a'.repeat(40) + '.ics', '/cal/kurz.ics', '/cal/' + 'a'.repeat(40)]) {
      expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
    }
    // Only hashes are stored.
    const stored = server.database.sqlite.prepare('SELECT token_hash, revoked_at FROM calendar_feeds').all() as {
      token_hash: Buffer;
      revoked_at: string | null;
    }[];
    expect(stored).toHaveLength(2);
    expect(stored.every((row) => row.token_hash.length === 32 && row.revoked_at !== null)).toBe(true);
  });

  it('stops serving when the person is deactivated, and keeps people’s feeds apart', async () => {
    const ben = await server.signIn({ role: 'volunteer', name: 'Ben Ehrenamt' });
    const veraUrl = await createFeed(vera);
    const benUrl = await createFeed(ben);
    expect((await fetch(veraUrl)).status).toBe(200);
    // Ben's new feed did not revoke Vera's.
    expect((await fetch(benUrl)).status).toBe(200);
    await server.database.db.updateTable('people').set({ active: 0 }).where('id', '=', vera.personId).execute();
    expect((await fetch(veraUrl)).status).toBe(404);
    expect((await fetch(benUrl)).status).toBe(200);
  });

  it('keeps the secret out of the log when serving fails', async () => {
    const url = await createFeed();
    server.database.sqlite.exec('DROP TABLE calendar_feeds');
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(server.logs.find('serving a calendar feed failed')).toHaveLength(1);
    const token = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
    expect(JSON.stringify(server.logs.entries)).not.toContain(token);
    expect(server.logs.find('request failed')).toHaveLength(0);
  });
});

describe('add one shift to a calendar', () => {
  it('downloads a published shift as .ics; a draft shift only for the coordination', async () => {
    await changeWeek('2026-W44', (doc) =>
      addShift(doc, 'sa', shift('2026-10-31', { start: '10:00', end: '13:00', notes: 'Flohmarkt' }), serverOrigin),
    );
    await server.setStatus('week/demo/2026-W44', 'published');
    await changeWeek('2026-W45', (doc) => addShift(doc, 'entwurf', shift('2026-11-03'), serverOrigin));

    const response = await server.api(vera, 'GET', '/api/centers/demo/shifts/sa/ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="schicht-2026-10-31-1000\.ics"$/,
    );
    const { calendar, events } = parseCalendar(await response.text());
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toEqual([
      expect.objectContaining({
        uid: uid('sa'),
        summary: 'Café/Offener Treff – Schichtbrett',
        description: 'Flohmarkt',
        localStart: '2026-10-31 10:00',
        start: '2026-10-31T09:00:00.000Z',
        end: '2026-10-31T12:00:00.000Z',
      }),
    ]);

    expect((await server.api(vera, 'GET', '/api/centers/demo/shifts/entwurf/ics')).status).toBe(404);
    expect((await server.api(server.coordinator, 'GET', '/api/centers/demo/shifts/entwurf/ics')).status).toBe(200);
    expect((await server.api(vera, 'GET', '/api/centers/demo/shifts/gibt-es-nicht/ics')).status).toBe(404);
  });
});
