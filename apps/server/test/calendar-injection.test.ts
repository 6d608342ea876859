/**
 * Strings from documents and people are data in iCal (issue 11, item 2): a team lead's socket cannot create
 * a shift whose key would add lines to every subscriber's calendar (refused with `update-refused`), and a bad key,
 * note, area name or center name stored before the check existed still leaves the feed and the one-shift
 * .ics with exactly the lines we write.
 */
import ICAL from 'ical.js';
import {
  addIsoWeeks,
  closeCodes,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  initWeekDoc,
  setWeekStatus,
  type ShiftInput,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldUpdates } from '../src/sync';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SignedIn, type SyncTestServer } from './support/sync-test-server';

const INJECTION = 'x\r\nATTENDEE;CN=Evil:mailto:evil@evil.test\r\nX-INJECTED:1';
const WEEK = addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1);
const ROOM = `week/demo/${formatIsoWeek(WEEK)}`;
const [MONDAY = '', TUESDAY = ''] = datesOfIsoWeek(WEEK);

/** The properties we write inside an event; anything else would have come from data. */
const EVENT_PROPERTIES = new Set([
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'LOCATION',
  'DESCRIPTION',
  'STATUS',
]);

let server: SyncTestServer;
let vera: SignedIn;
const clients: ProviderClient[] = [];

/** A shift entry under any key, as a hand-made client (or an old document) could hold it. */
function rawShift(doc: Y.Doc, key: string, input: ShiftInput, assignees: string[]): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(input)) map.set(field, value);
    const people = new Y.Map<number>();
    for (const personId of assignees) people.set(personId, 1);
    map.set('assignees', people);
    doc.getMap('shifts').set(key, map);
  });
}

/** The content lines of an iCalendar text, unfolded (RFC 5545, 3.1); every physical line ends in CRLF. */
function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  return lines.filter((line) => line !== '');
}

/** Asserts the line structure: each line a property we write, one VEVENT per shift, hashed UIDs. */
function expectOnlyOurLines(text: string, events: number): void {
  const lines = contentLines(text);
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
  expect(lines.filter((line) => /^(ATTENDEE|X-INJECTED|ORGANIZER)/.test(line))).toEqual([]);
  let inEvent = false;
  const uids: string[] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (inEvent) {
      const name = /^[A-Z-]+/.exec(line)?.[0] ?? '';
      expect(EVENT_PROPERTIES, line).toContain(name);
      if (name === 'UID') uids.push(line.slice('UID:'.length));
    }
  }
  expect(uids).toHaveLength(events);
  for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{64}@schichtbrett$/);
  // And a parser agrees: the calendar's name and every text are what we stored, as data.
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(events);
}

beforeEach(async () => {
  server = await startSyncTestServer();
  const center = await server.database.db
    .selectFrom('centers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  await server.database.db
    .insertInto('areas')
    .values([
      { id: 'cafe', center_id: center.id, name: 'Café\r\nX-INJECTED:area', color: '#b45309', position: 0 },
      { id: 'kitchen', center_id: center.id, name: 'Küche', color: '#15803d', position: 1 },
    ])
    .execute();
  vera = await server.signIn({ role: 'volunteer', name: 'Vera Ehrenamt' });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('shift keys over a team lead’s socket', () => {
  it('refuses a key that would inject iCal lines with `update-refused`; nothing is stored or projected', async () => {
    await server.setStatus(ROOM, 'published');
    const lead = connectProvider(await server.signIn({ role: 'team-lead', areaIds: ['cafe'], name: 'Lea L' }), ROOM);
    clients.push(lead);
    await lead.synced();
    const rowsBefore = server.log.load(ROOM).length;

    const cafe: ShiftInput = { areaId: 'cafe', date: MONDAY, start: '09:00', end: '12:00', needed: 2, notes: '' };
    rawShift(lead.doc, INJECTION, cafe, [vera.personId]);
    await waitFor('the lead is closed', () => lead.closes.length > 0);

    expect(lead.closes).toEqual([{ code: closeCodes['update-refused'], reason: 'update-refused' }]);
    expect(server.log.load(ROOM)).toHaveLength(rowsBefore);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, foldUpdates(server.log.load(ROOM).map((row) => row.data)));
    expect([...stored.getMap('shifts').keys()]).toEqual([]);
    expect(server.logs.find('refused frame')).toMatchObject([
      { room: ROOM, reason: 'update-refused', detail: expect.stringContaining('invalid keys or texts') },
    ]);
    await server.weeksProjected();
    const rows = await server.database.db.selectFrom('week_shifts').select('id').execute();
    expect(rows).toEqual([]);
  });
});

describe('strings stored before the checks existed', () => {
  beforeEach(async () => {
    // Written straight into the log, as an old document would be: no check ever saw it.
    const doc = new Y.Doc();
    initWeekDoc(doc, { center: 'demo', week: WEEK }, 'old');
    setWeekStatus(doc, 'published', 'old');
    const notes = 'Schürze\r\nATTENDEE;CN=Evil:mailto:evil@evil.test\r\nX-INJECTED:notes\u0000';
    rawShift(doc, INJECTION, { areaId: 'cafe', date: MONDAY, start: '09:00', end: '12:00', needed: 2, notes }, [
      vera.personId,
    ]);
    rawShift(
      doc,
      'gut',
      { areaId: 'kitchen', date: TUESDAY, start: '11:30', end: '14:00', needed: 3, notes: 'Kochen' },
      [vera.personId],
    );
    server.database.sqlite
      .prepare('INSERT INTO sync_updates (room, data, is_snapshot) VALUES (?, ?, 1)')
      .run(ROOM, Buffer.from(Y.encodeStateAsUpdate(doc)));
    await server.database.db
      .updateTable('centers')
      .set({ name: 'Zentrum\r\nX-INJECTED:center; mit, Komma' })
      .where('slug', '=', 'demo')
      .execute();
    // Loading the room projects it, bad key included: readers keep what is stored.
    expect((await server.registry.readDocument(ROOM, () => null)).ok).toBe(true);
    await server.weeksProjected();
  });

  it('the feed holds only the lines we write, and the texts as data', async () => {
    const created = await server.api(vera, 'POST', '/api/centers/demo/calendar-feed');
    const { url } = (await created.json()) as { url: string };
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const text = await response.text();
    expectOnlyOurLines(text, 2);

    const calendar = new ICAL.Component(ICAL.parse(text));
    // One line, its separators escaped as TEXT wants them (parsers leave NAME unescaped: compare the line).
    expect(contentLines(text)).toContain('NAME:Schichtbrett – Zentrum X-INJECTED:center\\; mit\\, Komma');
    const [cafe, kitchen] = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(cafe?.summary).toBe('Café\nX-INJECTED:area – Schichtbrett');
    expect(cafe?.description).toBe('Schürze\nATTENDEE;CN=Evil:mailto:evil@evil.test\nX-INJECTED:notes');
    expect(kitchen?.summary).toBe('Küche – Schichtbrett');
    expect(cafe?.uid).not.toBe(kitchen?.uid);
  });

  it('the one-shift .ics of the bad key holds only the lines we write', async () => {
    const response = await server.api(vera, 'GET', `/api/centers/demo/shifts/${encodeURIComponent(INJECTION)}/ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="schicht-${MONDAY}-0900.ics"`);
    expectOnlyOurLines(await response.text(), 1);
  });
});
