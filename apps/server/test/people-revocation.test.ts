/**
 * A role change or deactivation takes effect at once, also on open connections (issue 3): over real
 * sockets, the person's socket is closed with `access-changed`, the provider reconnects by itself and
 * gets the new rights; a deactivated person's reconnect is refused before the upgrade.
 */
import { addShift, closeCodes, updateShift } from '@schichtbrett/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loginAs, request } from './support/auth-client';
import { TEST_ORIGIN, startAuthTestServer, type AuthTestServer } from './support/auth-server';
import {
  connectProvider,
  openRawSocket,
  waitFor,
  type ProviderClient,
  type SyncEndpoint,
} from './support/sync-clients';

const ROOM = 'week/demo/2026-W50';

describe('live revocation of sync rights', () => {
  let test: AuthTestServer;
  let coordinator: string;
  const clients: ProviderClient[] = [];

  beforeAll(async () => {
    test = await startAuthTestServer();
    coordinator = await loginAs(test.url, 'koordination@demo.test');
    // New weeks are drafts, which only coordinators may open.
    const published = await request(test.url, 'POST', '/api/centers/demo/weeks/2026-W50/publish', {
      cookie: coordinator,
    });
    expect(published.status).toBe(200);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await test.close();
  });

  const endpoint = (cookie: string): SyncEndpoint => ({
    serverUrl: `${test.url.replace(/^http/, 'ws')}/sync`,
    origin: TEST_ORIGIN,
    cookie,
  });
  const connect = (cookie: string) => {
    const client = connectProvider(endpoint(cookie), ROOM);
    clients.push(client);
    return client;
  };
  const patchPerson = (id: string, body: unknown) =>
    request(test.url, 'PATCH', `/api/centers/demo/people/${id}`, { cookie: coordinator, body });

  it('closes a team lead with `access-changed` on a role change; the reconnect has volunteer rights', async () => {
    const boss = connect(coordinator);
    await boss.synced();
    addShift(
      boss.doc,
      'cafe-1',
      { areaId: 'demo-cafe', date: '2026-12-07', start: '09:00', end: '12:00', needed: 2, notes: '' },
      'test',
    );

    const markus = await loginAs(test.url, 'bereichsleitung@demo.test');
    const lead = connect(markus);
    await lead.synced();
    await waitFor('the lead has the shift', () => lead.doc.getMap('shifts').has('cafe-1'));
    updateShift(lead.doc, 'cafe-1', { notes: 'als Bereichsleitung' }, 'markus');
    await waitFor('the coordinator sees the lead’s edit', () => {
      const shift = boss.doc.getMap('shifts').get('cafe-1') as Y.Map<unknown> | undefined;
      return shift?.get('notes') === 'als Bereichsleitung';
    });

    const changed = await patchPerson('demo-markus', { role: 'volunteer' });
    expect(changed.status).toBe(200);
    await waitFor('the lead’s socket is closed', () => lead.closes.length > 0);
    expect(lead.closes[0]).toEqual({ code: closeCodes['access-changed'], reason: 'access-changed' });
    expect(boss.closes).toEqual([]);

    // The stock provider reconnects after `access-changed` by itself, and the upgrade establishes the new role.
    await waitFor('the provider reconnected and synced', () => lead.provider.wsconnected && lead.provider.synced);
    updateShift(lead.doc, 'cafe-1', { notes: 'als Ehrenamt' }, 'markus');
    await waitFor('the edit is refused', () => lead.closes.length > 1);
    expect(lead.closes[1]).toEqual({ code: closeCodes['update-refused'], reason: 'update-refused' });
    const shift = boss.doc.getMap('shifts').get('cafe-1') as Y.Map<unknown>;
    expect(shift.get('notes')).toBe('als Bereichsleitung');
    lead.destroy();

    // Restore, for the next test.
    expect(
      (await patchPerson('demo-markus', { role: 'team-lead', areaIds: ['demo-cafe', 'demo-fruehstueck'] })).status,
    ).toBe(200);
  });

  it('closes a deactivated person with `access-changed` and refuses the reconnect (their sessions end)', async () => {
    const petra = await loginAs(test.url, 'ehrenamt@demo.test');
    const volunteer = connect(petra);
    await volunteer.synced();
    expect((await patchPerson('demo-petra', { active: false })).status).toBe(200);
    await waitFor('the socket is closed', () => volunteer.closes.length > 0);
    expect(volunteer.closes[0]).toEqual({ code: closeCodes['access-changed'], reason: 'access-changed' });
    volunteer.destroy();

    const again = openRawSocket(endpoint(petra), ROOM);
    // Petra has no other membership: her sessions ended, so the upgrade is refused for want of a session.
    expect(await again.refused).toBe(401);
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie: petra })).status).toBe(401);
  });

  it('refuses the reconnect with 403 when the deactivated person still belongs to another center', async () => {
    const db = test.database.db;
    await db
      .insertInto('centers')
      .values({ slug: 'nachbar', name: 'Nachbarzentrum', time_zone: 'Europe/Berlin', state_code: 'HE' })
      .execute();
    const other = await db.selectFrom('centers').select('id').where('slug', '=', 'nachbar').executeTakeFirstOrThrow();
    await db
      .insertInto('people')
      .values({
        id: 'nachbar-anna',
        center_id: other.id,
        first_name: 'Anna',
        last_name: 'K',
        email: null,
        phone: null,
        user_id: 'user-demo-anna',
        role: 'volunteer',
      })
      .execute();
    const anna = await loginAs(test.url, 'ehrenamt01@demo.test');
    const client = connect(anna);
    await client.synced();
    expect((await patchPerson('demo-anna', { active: false })).status).toBe(200);
    await waitFor('the socket is closed', () => client.closes.length > 0);
    expect(client.closes[0]).toEqual({ code: closeCodes['access-changed'], reason: 'access-changed' });
    client.destroy();
    const again = openRawSocket(endpoint(anna), ROOM);
    expect(await again.refused).toBe(403);
    expect((await request(test.url, 'GET', '/api/auth/me', { cookie: anna })).status).toBe(200);
  });
});
