import type { Membership } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { BoardAccess } from './board-access';

const areas = [
  { id: 'cafe', name: 'Café', color: '#000000' },
  { id: 'kids', name: 'Kinderbetreuung', color: '#000000' },
  { id: 'breakfast', name: 'Frühstück', color: '#000000' },
];

function as(role: Membership['role'], areaIds: string[] = []): BoardAccess {
  return new BoardAccess(
    { center: 'demo', personId: 'p1', role, areaIds, displayName: 'Test T.' },
    { kind: 'week', center: 'demo', week: { year: 2026, week: 48 } },
  );
}

describe('BoardAccess', () => {
  it('offers nothing to change in a finalized week, not even to coordinators', () => {
    const access = new BoardAccess(
      { center: 'demo', personId: 'p1', role: 'coordinator', areaIds: [], displayName: 'Test T.' },
      { kind: 'week', center: 'demo', week: { year: 2026, week: 48 } },
      { finalized: true },
    );
    expect(access.readOnly).toBe(true);
    expect(access.mayEdit({ id: 's1', areaId: 'kids' })).toBe(false);
    expect(access.areasForNew(areas)).toEqual([]);
  });

  it('lets coordinators change everything', () => {
    const access = as('coordinator');
    expect(access.mayEdit({ id: 's1', areaId: 'kids' })).toBe(true);
    expect(access.areasForNew(areas)).toHaveLength(3);
    expect(access.readOnly).toBe(false);
  });

  it('lets team leads change only shifts of their own areas, and move them only between those', () => {
    const access = as('team-lead', ['cafe', 'breakfast']);
    expect(access.mayEdit({ id: 's1', areaId: 'cafe' })).toBe(true);
    expect(access.mayEdit({ id: 's2', areaId: 'kids' })).toBe(false);
    expect(access.areasForNew(areas).map((area) => area.id)).toEqual(['cafe', 'breakfast']);
    expect(access.areasFor({ id: 's1', areaId: 'cafe' }, areas).map((area) => area.id)).toEqual(['cafe', 'breakfast']);
  });

  it('gives volunteers a read-only board', () => {
    const access = as('volunteer');
    expect(access.mayEdit({ id: 's1', areaId: 'cafe' })).toBe(false);
    expect(access.areasForNew(areas)).toEqual([]);
    expect(access.readOnly).toBe(true);
  });
});

describe('BoardAccess on the template', () => {
  const template = { kind: 'template', center: 'demo' } as const;
  const of = (role: Membership['role'], areaIds: string[] = []) =>
    new BoardAccess({ center: 'demo', personId: 'p1', role, areaIds, displayName: 'Test T.' }, template);

  it('lets coordinators change everything and team leads nothing, as the server does', () => {
    expect(of('coordinator').mayAddIn('demo-cafe')).toBe(true);
    expect(of('team-lead', ['demo-cafe']).mayAddIn('demo-cafe')).toBe(false);
    expect(of('team-lead', ['demo-cafe']).mayEdit({ id: 's', areaId: 'demo-cafe' })).toBe(false);
    expect(of('volunteer').mayEdit({ id: 's', areaId: 'demo-cafe' })).toBe(false);
  });
});
