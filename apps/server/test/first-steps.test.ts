/**
 * The first-steps guide of a new center (issue 12) over a real server: each step ticks itself from the
 * center's data, and closing the guide holds for the coordinator who closed it only.
 */
import { addIsoWeeks, currentIsoWeek, formatIsoWeek, type FirstSteps } from '@schichtbrett/domain';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addTemplateShifts } from './support/center-fixtures';
import { removeDataDir, startSyncTestServer, type SyncTestServer } from './support/sync-test-server';

let server: SyncTestServer;

beforeEach(async () => {
  server = await startSyncTestServer({ centers: ['lindenhof'] });
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

async function stepsOf(as: Parameters<SyncTestServer['api']>[0] = server): Promise<FirstSteps> {
  const response = await server.api(as, 'GET', '/api/centers/lindenhof/first-steps');
  expect(response.status).toBe(200);
  return (await response.json()) as FirstSteps;
}

it('ticks each step from the data: areas, template, other people, a published week', async () => {
  expect(await stepsOf()).toEqual({
    done: { areas: false, template: false, people: false, published: false },
    dismissed: false,
  });
  await server.api(server, 'POST', '/api/centers/lindenhof/areas', { name: 'Café', color: '#b45309' });
  const areas = (await (await server.api(server, 'GET', '/api/centers/lindenhof/areas')).json()) as {
    areas: { id: string }[];
  };
  await addTemplateShifts(server.database.db, 'lindenhof', [
    {
      id: 't-1',
      areaId: areas.areas[0]!.id,
      weekday: 1,
      start: '09:00',
      end: '12:00',
      needed: 1,
      notes: '',
      regularIds: [],
    },
  ]);
  await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
  expect((await stepsOf()).done).toEqual({ areas: true, template: true, people: true, published: false });

  await server.setStatus(
    `week/lindenhof/${formatIsoWeek(addIsoWeeks(currentIsoWeek(new Date(), 'Europe/Berlin'), 1))}`,
    'published',
  );
  await server.weeksProjected();
  expect((await stepsOf()).done.published).toBe(true);
});

it('stays closed for the coordinator who closed it, and open for another', async () => {
  const other = await server.signIn({ role: 'coordinator', name: 'Olga Other' });
  expect((await server.api(server, 'POST', '/api/centers/lindenhof/first-steps/dismiss')).status).toBe(204);
  expect((await stepsOf()).dismissed).toBe(true);
  expect((await stepsOf(other)).dismissed).toBe(false);
});

it('is not for volunteers', async () => {
  const volunteer = await server.signIn({ role: 'volunteer', name: 'Vera Volunteer' });
  expect((await server.api(volunteer, 'GET', '/api/centers/lindenhof/first-steps')).status).toBe(403);
});
