/**
 * What a member may do in a room, by its kind: a week room gives each role its week access; the template
 * room (Vorlage) is written by coordinators, read by team leads (they see the regulars of their areas),
 * and closed to volunteers, who have no business with the pattern behind the plan.
 */
import { weekAccessOf, type Membership, type RoomName, type WeekAccess } from '@schichtbrett/domain';

export type RoomAccessDecision = { ok: true; access: WeekAccess } | { ok: false };

export function roomAccessOf(membership: Membership, room: RoomName): RoomAccessDecision {
  if (room.kind === 'week') return { ok: true, access: weekAccessOf(membership) };
  switch (membership.role) {
    case 'coordinator':
      return { ok: true, access: { kind: 'write-all' } };
    case 'team-lead':
      return { ok: true, access: { kind: 'read' } };
    case 'volunteer':
      return { ok: false };
    default: {
      const unknown: never = membership.role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}
