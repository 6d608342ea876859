import type { GapsView } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import type { AssignResult } from '$lib/api/gaps';
import { GapsBoard } from './gaps-board.svelte';

const gap = {
  shiftId: 's1',
  date: '2026-11-23',
  start: '09:00',
  end: '12:00',
  areaId: 'cafe',
  needed: 2,
  assigned: 1,
  missing: 1,
  unqualified: 0,
  mayAssign: true,
  suggestions: [
    {
      personId: 'anna',
      name: 'Anna M.',
      availability: { kind: 'unknown' as const },
      workload: { shifts: 0, minutes: 0 },
    },
  ],
};
const view: GapsView = {
  week: '2026-W48',
  status: 'published',
  scope: 'mine',
  dates: ['2026-11-23'],
  areas: [{ id: 'cafe', name: 'Café', color: '#b45309', mayAssign: true }],
  heatmap: [],
  gaps: [gap],
};
const [suggestion] = gap.suggestions;

function boardWith(result: AssignResult, reloaded: GapsView = { ...view, gaps: [] }) {
  const calls: string[] = [];
  const board = new GapsBoard(view, {
    load: async () => {
      calls.push('load');
      return reloaded;
    },
    assign: async (shiftId, personId) => {
      calls.push(`assign ${shiftId} ${personId}`);
      return result;
    },
    request: async (shiftId, personId) => {
      calls.push(`request ${shiftId} ${personId}`);
      return result;
    },
  });
  return { board, calls };
}

describe('GapsBoard', () => {
  it('assigns, says so and reloads the gaps', async () => {
    const { board, calls } = boardWith({ ok: true });
    await board.assign(gap, suggestion!);
    expect(calls).toEqual(['assign s1 anna', 'load']);
    expect(board.notice).toEqual({ tone: 'done', text: 'Anna M. ist eingetragen.' });
    expect(board.view.gaps).toEqual([]);
    expect(board.pending).toBeNull();
  });

  it("shows the server's refusal and still reloads (the place went elsewhere)", async () => {
    const { board, calls } = boardWith({
      ok: false,
      reason: 'refused',
      message: 'Diese Schicht ist inzwischen voll besetzt.',
    });
    await board.assign(gap, suggestion!);
    expect(board.notice).toEqual({ tone: 'refused', text: 'Diese Schicht ist inzwischen voll besetzt.' });
    expect(calls).toEqual(['assign s1 anna', 'load']);
  });

  it('sends a request with its own sentence', async () => {
    const { board, calls } = boardWith({ ok: true });
    await board.request(gap, suggestion!);
    expect(calls[0]).toBe('request s1 anna');
    expect(board.notice?.text).toBe('Anfrage an Anna M. gesendet.');
  });

  it('keeps the last view when reloading fails', async () => {
    const board = new GapsBoard(view, {
      load: () => Promise.reject(new TypeError('offline')),
      assign: async () => ({ ok: true }),
      request: async () => ({ ok: true }),
    });
    await board.refresh();
    expect(board.failed).toBe(true);
    expect(board.view).toEqual(view);
  });
});
