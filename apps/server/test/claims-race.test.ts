/**
 * The claim race of issue 5: 100 volunteers claim the last free place at the same moment, over real
 * sockets against the real SQLite file. Exactly one gets it, 99 hear "Diese Schicht wurde gerade
 * vergeben.", the document and the database agree, and a coordinator's open board shows the claim live.
 */
import {
  addIsoWeeks,
  addShift,
  assignPerson,
  currentIsoWeek,
  datesOfIsoWeek,
  formatIsoWeek,
  readShift,
} from '@schichtbrett/domain';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { serverOrigin } from '../src/sync';
import { addAreas } from './support/center-fixtures';
import { connectProvider, waitFor } from './support/sync-clients';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

const CLAIMANTS = 100;
const WEEK = addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1);
const ROOM = `week/demo/${formatIsoWeek(WEEK)}`;
const DATE = datesOfIsoWeek(WEEK)[2] ?? '';

let server: SyncTestServer;

beforeEach(async () => {
  server = await startSyncTestServer();
  await addAreas(server.database.db, 'demo', ['cafe']);
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

it('gives the last place to exactly one of 100 concurrent claims; document, database and board agree', async () => {
  const setUp = await server.registry.changeDocument(ROOM, (doc) => {
    addShift(
      doc,
      'cafe-1',
      { areaId: 'cafe', date: DATE, start: '09:00', end: '12:00', needed: 2, notes: '' },
      serverOrigin,
    );
    assignPerson(doc, 'cafe-1', 'stammkraft', Date.now(), serverOrigin);
  });
  expect(setUp.ok).toBe(true);
  await server.setStatus(ROOM, 'published');
  await server.weeksProjected();

  const volunteers = [];
  for (let i = 0; i < CLAIMANTS; i++)
    volunteers.push(await server.signIn({ role: 'volunteer', name: `Helfer${i} Test` }));
  const board = connectProvider(server.coordinator, ROOM);
  try {
    await board.synced();
    const responses = await Promise.all(
      volunteers.map((volunteer) => server.api(volunteer, 'POST', '/api/centers/demo/shifts/cafe-1/claim')),
    );
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
      assignment?: { personId: string };
      reason?: string;
      message?: string;
    }[];
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(CLAIMANTS - 1);
    const refusals = bodies.filter((body) => body.reason !== undefined);
    expect(new Set(refusals.map((body) => `${body.reason}: ${body.message}`))).toEqual(
      new Set(['full: Diese Schicht wurde gerade vergeben.']),
    );
    const winner = bodies.find((body) => body.assignment)?.assignment?.personId;
    expect(volunteers.map((v) => v.personId)).toContain(winner);

    const inDocument = await server.registry.readDocument(ROOM, (doc) => readShift(doc, 'cafe-1')?.assigned);
    expect(inDocument).toEqual({ ok: true, value: ['stammkraft', winner] });

    await server.weeksProjected();
    const rows = await server.database.db
      .selectFrom('shift_assignments')
      .select('person_id')
      .where('shift_id', '=', 'cafe-1')
      .orderBy('assigned_at')
      .execute();
    expect(rows.map((row) => row.person_id).sort()).toEqual(['stammkraft', winner].sort());

    await waitFor(
      'the board shows the claim',
      () => readShift(board.doc, 'cafe-1')?.assigned.includes(winner ?? '') ?? false,
    );
    expect(readShift(board.doc, 'cafe-1')?.assigned).toHaveLength(2);
  } finally {
    board.destroy();
  }
}, 30_000);
