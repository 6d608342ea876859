import type { Role, WeekAccess } from '@schichtbrett/domain';

/** Who is on a socket, as the server established it from the session before the upgrade. */
export interface SyncIdentity {
  userId: string;
  /** The session the socket was opened with: when it ends (sign-out, revocation), the socket closes. */
  sessionId: string;
  personId: string;
  displayName: string;
  role: Role;
  access: WeekAccess;
}
