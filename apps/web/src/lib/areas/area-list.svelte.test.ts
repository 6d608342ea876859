import type { Area } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import type { AreaWriteResult } from '$lib/api/areas';
import { AreaList, type AreaListApi } from './area-list.svelte';

const area = (id: string, name = id, archived = false): Area => ({
  id,
  name,
  description: '',
  color: '#b45309',
  archived,
});

/** An API that records its calls and answers what the server would: the new order, or a refusal. */
function fakeApi(answer?: AreaWriteResult) {
  const calls: string[] = [];
  const api: AreaListApi = {
    create: async (input) => {
      calls.push(`create ${input.name}`);
      return answer ?? { ok: true, areas: [area('cafe'), area('neu', input.name)] };
    },
    change: async (id) => {
      calls.push(`change ${id}`);
      return answer ?? { ok: true, areas: [] };
    },
    reorder: async (ids) => {
      calls.push(`reorder ${ids.join(',')}`);
      return answer ?? { ok: true, areas: ids.map((id) => area(id)) };
    },
    archive: async (id) => {
      calls.push(`archive ${id}`);
      return answer ?? { ok: true, areas: [] };
    },
    restore: async (id) => {
      calls.push(`restore ${id}`);
      return answer ?? { ok: true, areas: [] };
    },
  };
  return { api, calls };
}

describe('AreaList', () => {
  it('moves an area one place and announces its new position', async () => {
    const { api, calls } = fakeApi();
    const list = new AreaList([area('a', 'Café'), area('b'), area('c')], api);
    expect(await list.move(list.active[2]!, 'up')).toBe(true);
    expect(calls).toEqual(['reorder a,c,b']);
    expect(list.active.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
    expect(list.notice).toEqual({ kind: 'done', text: 'c steht jetzt an Stelle 2 von 3.' });
  });

  it('drops a dragged area before another with the same reorder call, and ignores a drop in place', async () => {
    const { api, calls } = fakeApi();
    const list = new AreaList([area('a'), area('b'), area('c')], api);
    expect(await list.moveBefore(list.active[1]!, 1)).toBe(false);
    expect(await list.moveBefore(list.active[2]!, 0)).toBe(true);
    expect(calls).toEqual(['reorder c,a,b']);
    expect(list.notice).toEqual({ kind: 'done', text: 'c steht jetzt an Stelle 1 von 3.' });
  });

  it('sends nothing when the first area is moved up', async () => {
    const { api, calls } = fakeApi();
    const list = new AreaList([area('a'), area('b')], api);
    expect(await list.move(list.active[0]!, 'up')).toBe(false);
    expect(calls).toEqual([]);
  });

  it('keeps archived areas out of the order and out of the moves', async () => {
    const { api, calls } = fakeApi();
    const list = new AreaList([area('a'), area('alt', 'Alt', true), area('b')], api);
    expect(list.active.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(list.archived.map((entry) => entry.id)).toEqual(['alt']);
    await list.move(list.active[0]!, 'down');
    expect(calls).toEqual(['reorder b,a']);
  });

  it('offers only the suggestions whose name is not taken, archived areas included', () => {
    const { api } = fakeApi();
    const list = new AreaList([area('x', 'café/offener treff'), area('y', 'Fahrdienst', true)], api);
    const names = list.suggestions.map((suggestion) => suggestion.name);
    expect(names).not.toContain('Café/Offener Treff');
    expect(names).not.toContain('Fahrdienst');
    expect(names).toContain('Kinderbetreuung');
  });

  it('shows the shifts that keep an area from being archived, and keeps the list', async () => {
    const shifts = [{ kind: 'template' as const, shiftId: 't-1', weekday: 2 as const, start: '14:00', end: '17:00' }];
    const { api } = fakeApi({ ok: false, reason: 'refused', message: 'Noch 1 Schicht.', shifts });
    const list = new AreaList([area('a')], api);
    expect(await list.archive(list.active[0]!)).toBe(false);
    expect(list.notice).toEqual({ kind: 'problem', text: 'Noch 1 Schicht.', shifts, areaId: 'a' });
    expect(list.active.map((entry) => entry.id)).toEqual(['a']);
  });

  it('says the server is not reachable when there is no answer', async () => {
    const { api } = fakeApi({ ok: false, reason: 'unavailable' });
    const list = new AreaList([], api);
    expect(await list.create({ name: 'Café', description: '', color: '#b45309' })).toBe(false);
    expect(list.notice?.kind).toBe('problem');
    expect(list.areas).toEqual([]);
  });
});
