/**
 * Where a member lands after signing in, on `/` and on `/c/<center>` (issue 13): where her work is,
 * decided in one place so every entry agrees.
 */
import type { Role } from '@schichtbrett/domain';

export type Landing =
  /** Coordinators plan: the board of the week to plan. */
  | { page: 'board'; week: string }
  /** Team leads fill gaps: the gaps of the coming days in their own areas. */
  | { page: 'gaps'; week: string }
  /** A volunteer with shifts ahead: "Meine Schichten". */
  | { page: 'mine' }
  /** A volunteer with nothing ahead: "Offene Schichten", where she can take something on. */
  | { page: 'open' };

export interface LandingInput {
  role: Role;
  /** The week the center's board opens on. */
  boardWeek: string;
  /** The first week with a shift still ahead, in a team lead's own areas. */
  gapsWeek: string;
  /** How many of the volunteer's own shifts lie ahead and take place (not called off). */
  myShiftsAhead: number;
}

export function landingOf(input: LandingInput): Landing {
  switch (input.role) {
    case 'coordinator':
      return { page: 'board', week: input.boardWeek };
    case 'team-lead':
      return { page: 'gaps', week: input.gapsWeek };
    case 'volunteer':
      return input.myShiftsAhead > 0 ? { page: 'mine' } : { page: 'open' };
    default: {
      const unknown: never = input.role;
      throw new Error(`unknown role ${String(unknown)}`);
    }
  }
}
