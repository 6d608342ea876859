/**
 * The relational projection of week documents (DESIGN.md "Relational projection"): after every accepted
 * change of a week room, from a socket or from a server command, `weeks`, `week_shifts` and
 * `shift_assignments` hold exactly that week, under the document's ids; a loaded week fills in rows it
 * never had; a failed write is logged and repaired by the next change.
 */
import {
  addShift,
  assignPerson,
  readWeek,
  removeShift,
  unassignPerson,
  updateShift,
  type ShiftInput,
} from '@schichtbrett/domain';
import * as prng from 'lib0/prng';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectProvider, waitFor, type ProviderClient } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const WEEK = '2026-W48';
const ROOM = `week/demo/${WEEK}`;
const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';

let server: SyncTestServer;
const clients: ProviderClient[] = [];

function connect(room = ROOM): ProviderClient {
  const client = connectProvider(server.coordinator, room);
  clients.push(client);
  return client;
}

function shift(date: string, patch: Partial<ShiftInput> = {}): ShiftInput {
  return { areaId: 'cafe', date, start: '09:00', end: '12:00', needed: 2, notes: '', ...patch };
}

interface Row {
  id: string;
  area_id: string;
  date: string;
  start_time: string;
  end_time: string;
  needed: number;
  notes: string;
  cancelled: string | null;
  assigned: string[];
}

/** The projected shifts of `week`, each with its people in the order they were put on. */
function projected(week = WEEK): Row[] {
  const { sqlite } = server.database;
  const shifts = sqlite
    .prepare(
      `SELECT id, area_id, date, start_time, end_time, needed, notes, cancelled FROM week_shifts
       WHERE week = ? ORDER BY date, start_time, id`,
    )
    .all(week) as Omit<Row, 'assigned'>[];
  const people = sqlite.prepare(
    'SELECT person_id FROM shift_assignments WHERE shift_id = ? ORDER BY assigned_at, person_id',
  );
  return shifts.map((row) => ({
    ...row,
    assigned: (people.all(row.id) as { person_id: string }[]).map((p) => p.person_id),
  }));
}

/** What the projection must hold for `doc`, read through the domain as the board reads it. */
function expected(doc: Y.Doc): Row[] {
  return readWeek(doc)
    .shifts.map((s) => ({
      id: s.id,
      area_id: s.areaId,
      date: s.date,
      start_time: s.start,
      end_time: s.end,
      needed: s.needed,
      notes: s.notes,
      cancelled: s.cancelled ?? null,
      assigned: s.assigned,
    }))
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.start_time.localeCompare(b.start_time) || a.id.localeCompare(b.id),
    );
}

function status(week = WEEK): string | undefined {
  const row = server.database.sqlite.prepare('SELECT status FROM weeks WHERE week = ?').get(week) as
    { status: string } | undefined;
  return row?.status;
}

function storedWeek(room = ROOM): Y.Doc {
  const doc = new Y.Doc();
  for (const row of server.log.load(room)) Y.applyUpdate(doc, row.data);
  return doc;
}

/** Waits until the server has stored everything `client` did, and the projection has caught up. */
async function settled(client: ProviderClient, room = ROOM): Promise<void> {
  const want = JSON.stringify(readWeek(client.doc));
  await waitFor('the server has the edits', () => JSON.stringify(readWeek(storedWeek(room))) === want);
  await server.weeksProjected();
}

beforeEach(async () => {
  server = await startSyncTestServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

describe('the week projection', () => {
  it('follows a coordinator’s edits over a socket, under the document’s ids', async () => {
    const kora = connect();
    await kora.synced();
    await server.weeksProjected();
    // Loading the room projects it: a new week is an empty draft.
    expect(status()).toBe('draft');
    expect(projected()).toEqual([]);

    expect(addShift(kora.doc, 'mo-cafe', shift(MONDAY), 'kora')).toEqual({ ok: true });
    expect(addShift(kora.doc, 'di-kueche', shift(TUESDAY, { areaId: 'kitchen', start: '11:00' }), 'kora').ok).toBe(
      true,
    );
    assignPerson(kora.doc, 'mo-cafe', 'p-ben', 2_000, 'kora');
    assignPerson(kora.doc, 'mo-cafe', 'p-anna', 1_000, 'kora');
    await settled(kora);
    expect(projected()).toEqual([
      {
        id: 'mo-cafe',
        area_id: 'cafe',
        date: MONDAY,
        start_time: '09:00',
        end_time: '12:00',
        needed: 2,
        notes: '',
        cancelled: null,
        assigned: ['p-anna', 'p-ben'],
      },
      {
        id: 'di-kueche',
        area_id: 'kitchen',
        date: TUESDAY,
        start_time: '11:00',
        end_time: '12:00',
        needed: 2,
        notes: '',
        cancelled: null,
        assigned: [],
      },
    ]);
    expect(
      server.database.sqlite
        .prepare('SELECT shift_id, person_id, assigned_at FROM shift_assignments ORDER BY assigned_at')
        .all(),
    ).toEqual([
      { shift_id: 'mo-cafe', person_id: 'p-anna', assigned_at: 1_000 },
      { shift_id: 'mo-cafe', person_id: 'p-ben', assigned_at: 2_000 },
    ]);

    updateShift(kora.doc, 'mo-cafe', { notes: 'Kuchen', needed: 3, date: TUESDAY }, 'kora');
    unassignPerson(kora.doc, 'mo-cafe', 'p-anna', 'kora');
    assignPerson(kora.doc, 'di-kueche', 'p-anna', 3_000, 'kora');
    await settled(kora);
    expect(projected()).toEqual(expected(kora.doc));
    expect(projected().map((r) => [r.id, r.date, r.needed, r.notes, r.assigned])).toEqual([
      ['mo-cafe', TUESDAY, 3, 'Kuchen', ['p-ben']],
      ['di-kueche', TUESDAY, 2, '', ['p-anna']],
    ]);

    removeShift(kora.doc, 'mo-cafe', 'kora');
    await settled(kora);
    expect(projected().map((r) => r.id)).toEqual(['di-kueche']);
    expect(server.database.sqlite.prepare('SELECT shift_id, person_id FROM shift_assignments').all()).toEqual([
      { shift_id: 'di-kueche', person_id: 'p-anna' },
    ]);
  });

  it('follows server commands: publish, unpublish, close and reopen a day', async () => {
    const kora = connect();
    await kora.synced();
    addShift(kora.doc, 'di-1', shift(TUESDAY), 'kora');
    addShift(kora.doc, 'mi-1', shift('2026-11-25'), 'kora');
    assignPerson(kora.doc, 'di-1', 'p-anna', 1, 'kora');
    await settled(kora);
    const command = (path: string, body?: unknown) =>
      server.api(server.coordinator, 'POST', `/api/centers/demo/weeks/${WEEK}/${path}`, body);

    expect((await command('publish')).status).toBe(200);
    await server.weeksProjected();
    expect(status()).toBe('published');

    expect((await command(`days/${TUESDAY}/close`, { reason: 'Betriebsausflug' })).status).toBe(200);
    await server.weeksProjected();
    expect(projected().map((r) => [r.id, r.cancelled, r.assigned])).toEqual([
      ['di-1', 'Betriebsausflug', ['p-anna']],
      ['mi-1', null, []],
    ]);

    expect((await command(`days/${TUESDAY}/reopen`)).status).toBe(200);
    expect((await command('unpublish')).status).toBe(200);
    await server.weeksProjected();
    expect(status()).toBe('draft');
    expect(projected().map((r) => r.cancelled)).toEqual([null, null]);
    await waitFor('the board has the server’s changes', () => readWeek(kora.doc).meta?.status === 'draft');
    expect(projected()).toEqual(expected(kora.doc));
  });

  it('keeps weeks apart, and leaves the template out', async () => {
    const w48 = connect();
    const w49 = connect('week/demo/2026-W49');
    const template = connect('template/demo');
    await Promise.all([w48.synced(), w49.synced(), template.synced()]);
    addShift(w48.doc, 'a', shift(MONDAY), 'kora');
    addShift(w49.doc, 'b', shift('2026-11-30'), 'kora');
    await settled(w48);
    await settled(w49, 'week/demo/2026-W49');
    expect(projected().map((r) => r.id)).toEqual(['a']);
    expect(projected('2026-W49').map((r) => r.id)).toEqual(['b']);
    expect(server.database.sqlite.prepare('SELECT week, status FROM weeks ORDER BY week').all()).toEqual([
      { week: '2026-W48', status: 'draft' },
      { week: '2026-W49', status: 'draft' },
    ]);

    // An id another week already holds is left out of this week's rows (ids are per center), with a warning.
    addShift(w49.doc, 'a', shift('2026-12-01'), 'kora');
    await settled(w49, 'week/demo/2026-W49');
    expect(projected('2026-W49').map((r) => r.id)).toEqual(['b']);
    expect(projected().map((r) => [r.id, r.date])).toEqual([['a', MONDAY]]);
    expect(server.logs.find('week shifts whose id another week holds not projected')).toHaveLength(1);
  });

  it('projects a stored week when it loads after a restart', async () => {
    const kora = connect();
    await kora.synced();
    addShift(kora.doc, 'mo-1', shift(MONDAY), 'kora');
    assignPerson(kora.doc, 'mo-1', 'p-anna', 5, 'kora');
    await settled(kora);
    const want = expected(kora.doc);
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    // As if the week had been stored before the projection existed.
    const dataDir = server.dataDir;
    server = await startSyncTestServer({ dataDir });
    server.database.sqlite.exec('DELETE FROM weeks');
    expect(projected()).toEqual([]);
    const read = await server.registry.readDocument(ROOM, (doc) => readWeek(doc).shifts.length);
    expect(read).toEqual({ ok: true, value: 1 });
    await server.weeksProjected();
    expect(projected()).toEqual(want);
    expect(status()).toBe('draft');
  });

  it('equals the document after a burst of 50 edits', async () => {
    const kora = connect();
    await kora.synced();
    const gen = prng.create(48);
    const people = ['p-anna', 'p-ben', 'p-clara', 'p-dieter'];
    const dates = [MONDAY, TUESDAY, '2026-11-25', '2026-11-26'];
    let next = 0;
    for (let i = 0; i < 50; i++) {
      const ids = readWeek(kora.doc).shifts.map((s) => s.id);
      const some = (): string => prng.oneOf(gen, ids);
      const op = ids.length === 0 ? 0 : prng.int32(gen, 0, 5);
      if (op === 0) addShift(kora.doc, `s-${next++}`, shift(prng.oneOf(gen, dates)), 'kora');
      else if (op === 1) updateShift(kora.doc, some(), { notes: prng.word(gen, 1, 8) }, 'kora');
      else if (op === 2) updateShift(kora.doc, some(), { needed: prng.int32(gen, 1, 5) }, 'kora');
      else if (op === 3) assignPerson(kora.doc, some(), prng.oneOf(gen, people), i, 'kora');
      else if (op === 4) unassignPerson(kora.doc, some(), prng.oneOf(gen, people), 'kora');
      else removeShift(kora.doc, some(), 'kora');
    }
    await settled(kora);
    expect(readWeek(kora.doc).shifts.length).toBeGreaterThan(0);
    expect(projected()).toEqual(expected(kora.doc));
  });

  it('logs a failed write and repairs it with the next change', async () => {
    const kora = connect();
    await kora.synced();
    addShift(kora.doc, 'mo-1', shift(MONDAY), 'kora');
    await settled(kora);
    const { sqlite } = server.database;
    sqlite.exec(
      `CREATE TEMP TRIGGER refuse_week_shifts BEFORE INSERT ON main.week_shifts
       BEGIN SELECT RAISE(ABORT, 'disk says no'); END`,
    );

    addShift(kora.doc, 'di-1', shift(TUESDAY), 'kora');
    await settled(kora);
    expect(server.logs.find('projecting the week to SQL failed')).toHaveLength(1);
    // The failed write changed nothing: the rows are the last good projection.
    expect(projected().map((r) => r.id)).toEqual(['mo-1']);
    // The document was not held up.
    expect(readWeek(storedWeek()).shifts.map((s) => s.id)).toEqual(['mo-1', 'di-1']);

    sqlite.exec('DROP TRIGGER refuse_week_shifts');
    assignPerson(kora.doc, 'mo-1', 'p-anna', 1, 'kora');
    await settled(kora);
    expect(projected()).toEqual(expected(kora.doc));
    expect(projected().map((r) => r.id)).toEqual(['mo-1', 'di-1']);
  });
});
