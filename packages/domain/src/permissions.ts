/**
 * Who may do what (DESIGN.md, "Permissions, enforced per message"): roles per center and the access to a
 * week room that each role has. Pure; the server enforces it, the UI only hides what it would refuse.
 */
import type { RoomName } from './room-name';

export const ROLES = ['coordinator', 'team-lead', 'volunteer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A person's place in one center. */
export interface Membership {
  /** Center slug. */
  center: string;
  personId: string;
  role: Role;
  /** Areas a team lead is responsible for; empty for the other roles. */
  areaIds: string[];
  /** First name and initial, as others see this person. */
  displayName: string;
}

/** The signed-in user as the server established it from the session; never taken from the client. */
export interface Principal {
  userId: string;
  email: string;
  memberships: Membership[];
}

export function membershipIn(principal: Principal | null, center: string): Membership | null {
  return principal?.memberships.find((m) => m.center === center) ?? null;
}

/**
 * Access to a week document: coordinators write everything of their center, team leads only shifts of
 * their own areas (checked per update on a probe copy), volunteers read; what volunteers change goes
 * through server commands.
 */
export type WeekAccess = { kind: 'write-all' } | { kind: 'write-areas'; areaIds: readonly string[] } | { kind: 'read' };

export function weekAccessOf(membership: Membership): WeekAccess {
  switch (membership.role) {
    case 'coordinator':
      return { kind: 'write-all' };
    case 'team-lead':
      return { kind: 'write-areas', areaIds: membership.areaIds };
    case 'volunteer':
      return { kind: 'read' };
    default: {
      const unknown: never = membership.role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}

export type RoomAccessDecision = { ok: true; access: WeekAccess } | { ok: false };

/**
 * Access to a room by its kind: a week room gives each role its week access; the template room (Vorlage)
 * is written by coordinators, read by team leads (they see the regulars of their areas), and closed to
 * volunteers, who have no business with the pattern behind the plan.
 */
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

/** A shift an update changed, with its area before and after (null: it did not exist then). */
export interface TouchedShift {
  shiftId: string;
  areaBefore: string | null;
  areaAfter: string | null;
}

/**
 * Whether an update that touched these shifts is allowed under `access`. Moving a shift between areas
 * touches both, so a team lead needs both areas.
 */
export function mayTouchShifts(access: WeekAccess, touched: readonly TouchedShift[]): boolean {
  switch (access.kind) {
    case 'write-all':
      return true;
    case 'read':
      return touched.length === 0;
    case 'write-areas':
      return touched.every(
        (shift) =>
          (shift.areaBefore === null || access.areaIds.includes(shift.areaBefore)) &&
          (shift.areaAfter === null || access.areaIds.includes(shift.areaAfter)),
      );
    default: {
      const unknown: never = access;
      throw new Error(`unknown access ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Contact data (e-mail, phone) is for the people who organise someone's service (DSGVO): coordinators
 * see everyone's; a team lead sees the contact data of the people who are regulars (Stammbesetzung) in
 * one of the lead's areas. Everyone else sees names only (first name and initial).
 */
export function contactVisibleTo(viewer: Membership, person: { regularAreaIds: readonly string[] }): boolean {
  switch (viewer.role) {
    case 'coordinator':
      return true;
    case 'team-lead':
      return person.regularAreaIds.some((areaId) => viewer.areaIds.includes(areaId));
    case 'volunteer':
      return false;
    default: {
      const unknown: never = viewer.role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}
