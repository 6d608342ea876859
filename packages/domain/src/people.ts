/** How people appear to each other: first name and initial (DSGVO: no full names on the shared board). */
import type { Role } from './permissions';

export interface PersonName {
  firstName: string;
  lastName: string;
}

export function displayName({ firstName, lastName }: PersonName): string {
  const initial = lastName.trim().charAt(0);
  return initial ? `${firstName.trim()} ${initial.toUpperCase()}.` : firstName.trim();
}

/** Two letters for an avatar. */
export function initialsOf({ firstName, lastName }: PersonName): string {
  return `${firstName.trim().charAt(0)}${lastName.trim().charAt(0)}`.toUpperCase();
}

/** A person as coordinators manage them (`/api/centers/:slug/people`): full name and contact data. */
export interface ManagedPerson {
  id: string;
  firstName: string;
  lastName: string;
  /** First name and initial, as everyone else sees the person. */
  displayName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  /** Areas of a team lead; empty for the other roles. */
  areaIds: string[];
  active: boolean;
  /** Whether the person is linked to an account (a user row), whether or not it has a password yet. */
  hasAccount: boolean;
}
