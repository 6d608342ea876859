import type { Area, ManagedPerson } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { AreaLeads, type AreaLeadsApi } from './area-leads.svelte';

const cafe: Area = { id: 'cafe', name: 'Café', description: '', color: '#b45309', archived: false };

const person = (id: string, patch: Partial<ManagedPerson> = {}): ManagedPerson => ({
  id,
  firstName: id,
  lastName: 'X',
  displayName: `${id} X.`,
  email: null,
  phone: null,
  role: 'volunteer',
  areaIds: [],
  active: true,
  hasAccount: true,
  ...patch,
});

/** Answers as the people command would: the person with the new role and areas; records what was sent. */
function peopleApi(refuse?: string) {
  const sent: { personId: string; areaIds: string[] }[] = [];
  const api: AreaLeadsApi = {
    update: async (personId, changes) => {
      sent.push({ personId, areaIds: changes.areaIds });
      if (refuse) return { ok: false, reason: 'refused', message: refuse };
      return { ok: true, person: person(personId, { role: changes.role, areaIds: changes.areaIds }) };
    },
  };
  return { api, sent };
}

describe('AreaLeads', () => {
  const markus = person('markus', { role: 'team-lead', areaIds: ['kinder'] });
  const vera = person('vera');
  const kora = person('kora', { role: 'coordinator' });
  const gone = person('gone', { role: 'team-lead', areaIds: ['cafe'], active: false });

  it('lists the active leads of an area and offers team leads of other areas and volunteers', () => {
    const leads = new AreaLeads([markus, vera, kora, gone], peopleApi().api);
    expect(leads.leadsOf('cafe')).toEqual([]);
    expect(leads.leadsOf('kinder').map((p) => p.id)).toEqual(['markus']);
    expect(leads.candidatesFor('cafe').map((p) => p.id)).toEqual(['markus', 'vera']);
    expect(leads.candidatesFor('kinder').map((p) => p.id)).toEqual(['vera']);
  });

  it('adds an area to a lead’s list, makes a volunteer a lead of it, and removes it again', async () => {
    const { api, sent } = peopleApi();
    const leads = new AreaLeads([markus, vera], api);
    expect(await leads.add(cafe, markus)).toBe(true);
    expect(await leads.add(cafe, vera)).toBe(true);
    expect(leads.leadsOf('cafe').map((p) => p.id)).toEqual(['markus', 'vera']);
    expect(leads.notice).toEqual({ kind: 'done', text: 'vera X. leitet jetzt auch Café.', areaId: 'cafe' });
    expect(await leads.remove(cafe, leads.leadsOf('cafe')[0]!)).toBe(true);
    expect(sent).toEqual([
      { personId: 'markus', areaIds: ['kinder', 'cafe'] },
      { personId: 'vera', areaIds: ['cafe'] },
      { personId: 'markus', areaIds: ['kinder'] },
    ]);
    expect(leads.leadsOf('cafe').map((p) => p.id)).toEqual(['vera']);
  });

  it('keeps the list as it was when the server refuses, with its words', async () => {
    const leads = new AreaLeads([markus], peopleApi('Diese Person gibt es in diesem Zentrum nicht.').api);
    expect(await leads.add(cafe, markus)).toBe(false);
    expect(leads.leadsOf('cafe')).toEqual([]);
    expect(leads.notice).toEqual({
      kind: 'problem',
      text: 'Diese Person gibt es in diesem Zentrum nicht.',
      areaId: 'cafe',
    });
  });
});
