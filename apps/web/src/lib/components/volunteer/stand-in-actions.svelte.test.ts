import { describe, expect, it } from 'vitest';
import type { GiveBackResult, MyShift } from '$lib/api/claims';
import { StandInActions } from './stand-in-actions.svelte';

const shift: MyShift = {
  shiftId: 'a',
  week: '2026-W49',
  date: '2026-11-30',
  start: '09:00',
  end: '12:00',
  areaId: 'cafe',
  areaName: 'Café',
  mayGiveBack: false,
  giveBackUntil: null,
  cancelled: null,
  mayAskStandIn: true,
  seekingStandInSince: null,
};

function actions(answer: GiveBackResult) {
  const calls: string[] = [];
  const standIn = new StandInActions(
    {
      ask: async (shiftId) => {
        calls.push(`ask ${shiftId}`);
        return answer;
      },
      end: async (shiftId) => {
        calls.push(`end ${shiftId}`);
        return answer;
      },
    },
    async () => void calls.push('reload'),
  );
  return { standIn, calls };
}

describe('StandInActions', () => {
  it('asks, then reloads the list', async () => {
    const { standIn, calls } = actions({ ok: true });
    expect(await standIn.ask(shift)).toEqual({ kind: 'asked', shift });
    expect(calls).toEqual(['ask a', 'reload']);
    expect(standIn.problemOf('a')).toBeNull();
    expect(standIn.busy).toBeNull();
  });

  it('keeps the server’s refusal for the shift’s card', async () => {
    const { standIn, calls } = actions({
      ok: false,
      reason: 'refused',
      refusal: 'not-assigned',
      status: 409,
      message: 'Du bist für diese Schicht nicht eingetragen.',
    });
    await standIn.end(shift);
    expect(calls).toEqual(['end a', 'reload']);
    expect(standIn.problemOf('a')).toMatchObject({ kind: 'refused', message: expect.stringContaining('nicht') });
    expect(standIn.problemOf('b')).toBeNull();
  });

  it('sends one request at a time', async () => {
    const { standIn, calls } = actions({ ok: true });
    const first = standIn.ask(shift);
    expect(await standIn.end(shift)).toBeNull();
    await first;
    expect(calls).toEqual(['ask a', 'reload']);
  });
});
