import { describe, expect, it } from 'vitest';
import type { ClaimResult, OpenShift } from '$lib/api/claims';
import { OpenShiftsList } from './open-shifts.svelte';

function openShift(shiftId: string, date: string, areaId = 'cafe'): OpenShift {
  return {
    shiftId,
    week: '2026-W49',
    date,
    start: '09:00',
    end: '12:00',
    areaId,
    areaName: areaId,
    openPlaces: 1,
    standInFor: null,
  };
}

const monday = openShift('a', '2026-11-30');
const tuesday = openShift('b', '2026-12-01', 'kitchen');

/** A server whose list and claim answers the test sets. */
function server(list: OpenShift[], answer: ClaimResult) {
  const state = { list, answer, loads: 0, sent: [] as string[] };
  return {
    state,
    source: {
      load: async () => {
        state.loads += 1;
        return state.list;
      },
      claim: async (shiftId: string) => {
        state.sent.push(`claim ${shiftId}`);
        return state.answer;
      },
      takeOver: async (shiftId: string) => {
        state.sent.push(`take over ${shiftId}`);
        return state.answer;
      },
    },
  };
}

describe('OpenShiftsList', () => {
  it('takes a claimed place off the list and reloads it', async () => {
    const { state, source } = server([monday, tuesday], {
      ok: true,
      assignment: {
        shiftId: 'a',
        personId: 'p',
        week: '2026-W49',
        date: '2026-11-30',
        start: '09:00',
        end: '12:00',
        areaId: 'cafe',
      },
    });
    const list = new OpenShiftsList([monday, tuesday], source);
    state.list = [tuesday];
    expect(await list.claim(monday)).toEqual({ kind: 'claimed', shift: monday });
    expect(state.loads).toBe(1);
    expect(list.entries.map((entry) => entry.shift.shiftId)).toEqual(['b']);
  });

  it('keeps a refused place in the list with the server’s message, even when it is no longer open', async () => {
    const { state, source } = server([monday, tuesday], {
      ok: false,
      reason: 'refused',
      refusal: 'full',
      status: 409,
      message: 'Diese Schicht wurde gerade vergeben.',
    });
    const list = new OpenShiftsList([monday, tuesday], source);
    state.list = [tuesday];
    await list.claim(monday);
    expect(list.entries).toEqual([
      {
        shift: monday,
        open: false,
        problem: { kind: 'refused', shift: monday, message: 'Diese Schicht wurde gerade vergeben.' },
      },
      { shift: tuesday, open: true, problem: null },
    ]);
  });

  it('filters by area and day and offers only days that have places', () => {
    const { source } = server([], { ok: false, reason: 'unavailable' });
    const list = new OpenShiftsList([monday, tuesday], source);
    expect(list.days).toEqual(['2026-11-30', '2026-12-01']);
    list.areaId = 'kitchen';
    expect(list.entries.map((entry) => entry.shift.shiftId)).toEqual(['b']);
    list.areaId = '';
    list.day = '2026-11-30';
    expect(list.entries.map((entry) => entry.shift.shiftId)).toEqual(['a']);
    expect(list.filtered).toBe(true);
  });

  it('keeps the last list when the server cannot be reached', async () => {
    const list = new OpenShiftsList([monday], {
      load: async () => {
        throw new TypeError('Failed to fetch');
      },
      claim: async () => ({ ok: false, reason: 'unavailable' }),
      takeOver: async () => ({ ok: false, reason: 'unavailable' }),
    });
    await list.refresh();
    expect(list.refreshFailed).toBe(true);
    expect(list.entries.map((entry) => entry.shift.shiftId)).toEqual(['a']);
  });

  it('takes over a stand-in place, kept apart from the free places of the same shift', async () => {
    const standIn: OpenShift = { ...monday, standInFor: 'Anna K.' };
    const { state, source } = server([monday, standIn], {
      ok: false,
      reason: 'refused',
      refusal: 'no-request',
      status: 409,
      message: 'Für diese Schicht wird keine Vertretung mehr gesucht.',
    });
    const list = new OpenShiftsList([monday, standIn], source);
    await list.claim(standIn);
    expect(state.sent).toEqual(['take over a']);
    expect(list.entries.map((entry) => [entry.shift.standInFor, entry.problem?.kind ?? null])).toEqual([
      [null, null],
      ['Anna K.', 'refused'],
    ]);
    await list.claim(monday);
    expect(state.sent).toEqual(['take over a', 'claim a']);
  });

  it('queues a claim that got no answer at all, and keeps the place in the list without a problem', async () => {
    const queued: OpenShift[] = [];
    const { state, source } = server([monday], { ok: false, reason: 'unavailable', offline: true });
    const list = new OpenShiftsList([monday], { ...source, queue: (shift) => void queued.push(shift) });
    expect(await list.claim(monday)).toEqual({ kind: 'queued', shift: monday });
    expect(queued).toEqual([monday]);
    expect(state.loads).toBe(0);
    expect(list.entries).toEqual([{ shift: monday, open: true, problem: null }]);
  });

  it('reports a server that answered with an error as unavailable, never as queued', async () => {
    const queued: OpenShift[] = [];
    const { source } = server([monday], { ok: false, reason: 'unavailable' });
    const list = new OpenShiftsList([monday], { ...source, queue: (shift) => void queued.push(shift) });
    expect(await list.claim(monday)).toEqual({ kind: 'unavailable', shift: monday });
    expect(queued).toEqual([]);
  });

  it('never queues a take-over: offline, it is reported as unavailable', async () => {
    const queued: OpenShift[] = [];
    const standIn: OpenShift = { ...monday, standInFor: 'Anna K.' };
    const { state, source } = server([standIn], { ok: false, reason: 'unavailable', offline: true });
    const list = new OpenShiftsList([standIn], { ...source, queue: (shift) => void queued.push(shift) });
    expect(await list.claim(standIn)).toEqual({ kind: 'unavailable', shift: standIn });
    expect(queued).toEqual([]);
    expect(state.sent).toEqual(['take over a']);
  });
});
