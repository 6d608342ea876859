/** Roles in words of the UI language ("Koordination", "Bereichsleitung", "Ehrenamt"). */
import type { Membership, Role } from '@schichtbrett/domain';
import { m } from '$lib/paraglide/messages';

export function roleName(role: Role): string {
  switch (role) {
    case 'coordinator':
      return m.role_coordinator();
    case 'team-lead':
      return m.role_team_lead();
    case 'volunteer':
      return m.role_volunteer();
    default: {
      const unknown: never = role;
      return unknown;
    }
  }
}

/** The membership to show: the one of the center on screen, else the first. */
export function membershipFor(memberships: readonly Membership[], center: string | undefined): Membership | null {
  return (center ? memberships.find((entry) => entry.center === center) : undefined) ?? memberships[0] ?? null;
}
