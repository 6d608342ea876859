/** How people appear to each other: first name and initial (DSGVO: no full names on the shared board). */
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
