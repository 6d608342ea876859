/**
 * Who leads each area, on the areas page (issue 13, part A). One truth: a person's `areaIds` with the
 * role team lead; adding or removing a lead is the people command (PATCH …/people/:id) with the changed
 * list, so nothing here keeps a second store. The last answer is kept per person.
 */
import type { Area } from '@schichtbrett/domain';
import type { ManagedPerson, PersonSaveResult } from '$lib/people/people-api';
import { m } from '$lib/paraglide/messages';

export interface AreaLeadsApi {
  update(personId: string, changes: { role: 'team-lead'; areaIds: string[] }): Promise<PersonSaveResult>;
}

export type AreaLeadsNotice = { kind: 'done' | 'problem'; text: string; areaId: string };

export class AreaLeads {
  people = $state.raw<ManagedPerson[]>([]);
  notice = $state.raw<AreaLeadsNotice | null>(null);
  busy = $state(false);
  readonly #api: AreaLeadsApi;

  constructor(people: readonly ManagedPerson[], api: AreaLeadsApi) {
    this.people = [...people];
    this.#api = api;
  }

  /** Takes the people as read again (another coordinator changed someone). */
  refreshed(people: readonly ManagedPerson[]): void {
    this.people = [...people];
  }

  /** The active team leads of the area, by name. */
  leadsOf(areaId: string): ManagedPerson[] {
    return this.#sorted(
      this.people.filter((person) => person.active && person.role === 'team-lead' && person.areaIds.includes(areaId)),
    );
  }

  /**
   * Who may become a lead of the area: active team leads of other areas, and volunteers (who become team
   * leads). Coordinators already plan every area, so they are not offered.
   */
  candidatesFor(areaId: string): ManagedPerson[] {
    return this.#sorted(
      this.people.filter(
        (person) =>
          person.active &&
          (person.role === 'volunteer' || (person.role === 'team-lead' && !person.areaIds.includes(areaId))),
      ),
    );
  }

  add(area: Area, person: ManagedPerson): Promise<boolean> {
    const areaIds = person.role === 'team-lead' ? [...person.areaIds, area.id] : [area.id];
    return this.#save(area, person, areaIds, m.area_leads_added({ name: person.displayName, area: area.name }));
  }

  remove(area: Area, person: ManagedPerson): Promise<boolean> {
    const areaIds = person.areaIds.filter((id) => id !== area.id);
    return this.#save(area, person, areaIds, m.area_leads_removed({ name: person.displayName, area: area.name }));
  }

  async #save(area: Area, person: ManagedPerson, areaIds: string[], done: string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    const result = await this.#api.update(person.id, { role: 'team-lead', areaIds });
    this.busy = false;
    if (result.ok) {
      this.people = this.people.map((entry) => (entry.id === result.person.id ? result.person : entry));
      this.notice = { kind: 'done', text: done, areaId: area.id };
      return true;
    }
    const text = result.reason === 'refused' ? result.message : m.area_leads_unavailable();
    this.notice = { kind: 'problem', text, areaId: area.id };
    return false;
  }

  #sorted(people: ManagedPerson[]): ManagedPerson[] {
    return people.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  }
}
