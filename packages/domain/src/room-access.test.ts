import { describe, expect, it } from 'vitest';
import type { Membership } from './permissions';
import type { RoomName } from './room-name';
import { roomAccessOf } from './permissions';

const member = (role: Membership['role'], areaIds: string[] = []): Membership => ({
  center: 'demo',
  personId: 'p',
  role,
  areaIds,
  displayName: 'P.',
});
const week: RoomName = { kind: 'week', center: 'demo', week: { year: 2026, week: 48 } };
const template: RoomName = { kind: 'template', center: 'demo' };

describe('roomAccessOf', () => {
  it('gives each role its week access in a week room', () => {
    expect(roomAccessOf(member('coordinator'), week)).toEqual({ ok: true, access: { kind: 'write-all' } });
    expect(roomAccessOf(member('team-lead', ['cafe']), week)).toEqual({
      ok: true,
      access: { kind: 'write-areas', areaIds: ['cafe'] },
    });
    expect(roomAccessOf(member('volunteer'), week)).toEqual({ ok: true, access: { kind: 'read' } });
  });

  it('lets coordinators write the template, team leads read it, and keeps volunteers out', () => {
    expect(roomAccessOf(member('coordinator'), template)).toEqual({ ok: true, access: { kind: 'write-all' } });
    expect(roomAccessOf(member('team-lead', ['cafe']), template)).toEqual({ ok: true, access: { kind: 'read' } });
    expect(roomAccessOf(member('volunteer'), template)).toEqual({ ok: false });
  });
});
