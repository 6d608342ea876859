/**
 * The people page's state: the center's people as the server last answered, kept in step with every
 * save. Components present it and call its methods; the API is passed in.
 */
import type { Role } from '@schichtbrett/domain';
import type { ManagedPerson, PersonInput, PersonSaveResult } from './people-api';

export interface PeopleApi {
  create(input: PersonInput): Promise<PersonSaveResult>;
  update(personId: string, changes: Partial<PersonInput> & { active?: boolean }): Promise<PersonSaveResult>;
}

const ROLE_ORDER: Record<Role, number> = { coordinator: 0, 'team-lead': 1, volunteer: 2 };

/** Active people first, then by role (coordination, team leads, volunteers), then by name. */
export function sortPeople(people: readonly ManagedPerson[]): ManagedPerson[] {
  return [...people].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.firstName.localeCompare(b.firstName, 'de') ||
      a.lastName.localeCompare(b.lastName, 'de'),
  );
}

export class PeopleManager {
  people = $state.raw<ManagedPerson[]>([]);
  readonly #api: PeopleApi;

  constructor(people: readonly ManagedPerson[], api: PeopleApi) {
    this.people = sortPeople(people);
    this.#api = api;
  }

  async add(input: PersonInput): Promise<PersonSaveResult> {
    const result = await this.#api.create(input);
    if (result.ok) this.people = sortPeople([...this.people, result.person]);
    return result;
  }

  async change(personId: string, changes: Partial<PersonInput> & { active?: boolean }): Promise<PersonSaveResult> {
    const result = await this.#api.update(personId, changes);
    if (result.ok) {
      const saved = result.person;
      this.people = sortPeople(this.people.map((person) => (person.id === saved.id ? saved : person)));
    }
    return result;
  }
}
