import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUser, migrateToLatest, openDatabase, type DatabaseHandle } from '@schichtbrett/db';
import { loadPrincipal } from './principal';

describe('loadPrincipal', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = openDatabase({ file: ':memory:' });
    await migrateToLatest(handle.db);
    for (const slug of ['alpha', 'beta', 'gamma', 'delta']) {
      await handle.db
        .insertInto('centers')
        .values({ slug, name: `Zentrum ${slug}`, time_zone: 'Europe/Berlin', state_code: 'HE' })
        .execute();
    }
    await insertUser(handle.db, { id: 'u1', email: 'Jana@Example.org', passwordHash: null });
  });
  afterEach(() => handle.close());

  async function person(id: string, slug: string, values: { role: string; area_ids?: string; active?: number }) {
    const center = await handle.db
      .selectFrom('centers')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('people')
      .values({
        id,
        center_id: center.id,
        first_name: 'Jana',
        last_name: 'Roth',
        email: null,
        phone: null,
        user_id: 'u1',
        ...values,
      })
      .execute();
  }

  it('gives one membership per active person of the account, with areas only for team leads', async () => {
    await person('p-alpha', 'alpha', { role: 'team-lead', area_ids: '["cafe","kinder"]' });
    await person('p-beta', 'beta', { role: 'volunteer', area_ids: '["cafe"]' });
    await person('p-gamma', 'gamma', { role: 'coordinator', active: 0 });
    await person('p-delta', 'delta', { role: 'superuser' });
    expect(await loadPrincipal(handle.db, 'u1')).toEqual({
      userId: 'u1',
      email: 'jana@example.org',
      memberships: [
        {
          center: 'alpha',
          personId: 'p-alpha',
          role: 'team-lead',
          areaIds: ['cafe', 'kinder'],
          displayName: 'Jana R.',
        },
        { center: 'beta', personId: 'p-beta', role: 'volunteer', areaIds: [], displayName: 'Jana R.' },
      ],
    });
  });

  it('is null for an unknown user', async () => {
    expect(await loadPrincipal(handle.db, 'nobody')).toBeNull();
  });
});
