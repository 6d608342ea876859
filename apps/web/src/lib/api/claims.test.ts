import { describe, expect, it } from 'vitest';
import { ApiError } from './centers';
import {
  askForStandIn,
  claimShift,
  endStandInSearch,
  fetchMyShifts,
  fetchOpenShifts,
  giveBackShift,
  takeOverShift,
} from './claims';

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function answer(status: number, body: unknown, sent: Sent[] = []): typeof fetch {
  return async (url, init) => {
    sent.push({ url: String(url), init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  };
}

const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

const target = { center: 'demo', shiftId: 's1@2026-11-30' };
const cafe = {
  shiftId: 's1@2026-11-30',
  week: '2026-W49',
  date: '2026-11-30',
  start: '09:00',
  end: '12:00',
  areaId: 'demo-cafe',
  areaName: 'Café',
};

describe('fetchOpenShifts', () => {
  it('decodes the list soonest first and drops entries it cannot use', async () => {
    const sent: Sent[] = [];
    const later = { ...cafe, shiftId: 's2', date: '2026-12-01', openPlaces: 2, standInFor: 'Anna K.' };
    const body = {
      shifts: [later, { ...cafe, openPlaces: 1 }, { ...cafe, shiftId: 's3', openPlaces: 0 }, { ...cafe, date: 'soon' }],
    };
    const shifts = await fetchOpenShifts(answer(200, body, sent), 'demo');
    expect(sent[0]?.url).toBe('/api/centers/demo/open-shifts');
    expect(shifts.map((shift) => shift.shiftId)).toEqual(['s1@2026-11-30', 's2']);
    expect(shifts[0]).toEqual({ ...cafe, openPlaces: 1, standInFor: null });
    expect(shifts[1]?.standInFor).toBe('Anna K.');
  });

  it('throws an ApiError with the status when the answer is not a list', async () => {
    await expect(fetchOpenShifts(answer(401, { error: 'unauthenticated' }), 'demo')).rejects.toMatchObject({
      status: 401,
    });
    await expect(fetchOpenShifts(answer(200, { shifts: 'none' }), 'demo')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('fetchMyShifts', () => {
  it('decodes whether and until when a shift may be given back', async () => {
    const body = {
      shifts: [
        { ...cafe, mayGiveBack: true, giveBackUntil: '2026-11-28T08:00:00.000Z', cancelled: null },
        {
          ...cafe,
          shiftId: 's0',
          date: '2026-11-27',
          mayGiveBack: 'yes',
          giveBackUntil: 'tomorrow',
          cancelled: 'Sturm',
          mayAskStandIn: true,
          seekingStandInSince: '2026-11-26T10:00:00.000Z',
        },
      ],
    };
    const noStandIn = { mayAskStandIn: false, seekingStandInSince: null };
    expect(await fetchMyShifts(answer(200, body), 'demo')).toEqual([
      {
        ...cafe,
        shiftId: 's0',
        date: '2026-11-27',
        mayGiveBack: false,
        giveBackUntil: null,
        cancelled: 'Sturm',
        mayAskStandIn: true,
        seekingStandInSince: '2026-11-26T10:00:00.000Z',
      },
      { ...cafe, mayGiveBack: true, giveBackUntil: '2026-11-28T08:00:00.000Z', cancelled: null, ...noStandIn },
    ]);
  });
});

describe('claimShift', () => {
  it('posts to the shift and decodes the assignment', async () => {
    const sent: Sent[] = [];
    const assignment = { ...cafe, personId: 'person-5' };
    const result = await claimShift(answer(200, { assignment }, sent), target);
    expect(sent[0]?.url).toBe('/api/centers/demo/shifts/s1%402026-11-30/claim');
    expect(sent[0]?.init?.method).toBe('POST');
    const { areaName: _areaName, ...expected } = assignment;
    expect(result).toEqual({ ok: true, assignment: expected });
  });

  it('passes the server’s German refusal and its reason on', async () => {
    const refusal = { error: 'claim-refused', reason: 'full', message: 'Diese Schicht wurde gerade vergeben.' };
    expect(await claimShift(answer(409, refusal), target)).toEqual({
      ok: false,
      reason: 'refused',
      refusal: 'full',
      status: 409,
      message: 'Diese Schicht wurde gerade vergeben.',
    });
    const unknown = { error: 'claim-refused', reason: 'moon-phase', message: 'Heute nicht.' };
    expect(await claimShift(answer(409, unknown), target)).toMatchObject({ refusal: 'other', message: 'Heute nicht.' });
  });

  it('treats an unreachable or nonsensical server as unavailable, and only no answer at all as offline', async () => {
    expect(await claimShift(offline, target)).toEqual({ ok: false, reason: 'unavailable', offline: true });
    expect(await claimShift(answer(200, { assignment: { shiftId: 1 } }), target)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await claimShift(answer(409, { reason: 'full' }), target)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await claimShift(answer(502, 'Bad Gateway'), target)).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('giveBackShift', () => {
  it('deletes the claim; a refusal after the cut-off comes back as a value', async () => {
    const sent: Sent[] = [];
    expect(await giveBackShift(answer(200, { ok: true }, sent), target)).toEqual({ ok: true });
    expect(sent[0]?.init?.method).toBe('DELETE');
    expect(sent[0]?.url).toBe('/api/centers/demo/shifts/s1%402026-11-30/claim');
    const late = { error: 'claim-refused', reason: 'cut-off', message: 'Zurückgeben geht nur bis 48 Stunden vorher.' };
    expect(await giveBackShift(answer(409, late), target)).toMatchObject({ ok: false, refusal: 'cut-off' });
  });
});

describe('stand-in commands', () => {
  it('ask and end on the shift’s stand-in, take over on its take-over path', async () => {
    const sent: Sent[] = [];
    expect(await askForStandIn(answer(200, { standIn: {} }, sent), target)).toEqual({ ok: true });
    expect(await endStandInSearch(answer(200, { standIn: {} }, sent), target)).toEqual({ ok: true });
    const assignment = { ...cafe, personId: 'person-5' };
    const { areaName: _areaName, ...expected } = assignment;
    expect(await takeOverShift(answer(200, { assignment }, sent), target)).toEqual({ ok: true, assignment: expected });
    expect(sent.map((request) => `${request.init?.method} ${request.url}`)).toEqual([
      'POST /api/centers/demo/shifts/s1%402026-11-30/stand-in',
      'DELETE /api/centers/demo/shifts/s1%402026-11-30/stand-in',
      'POST /api/centers/demo/shifts/s1%402026-11-30/stand-in/take-over',
    ]);
  });

  it('brings a lost race back as a refusal with its reason', async () => {
    const lost = {
      error: 'take-over-refused',
      reason: 'no-request',
      message: 'Für diese Schicht wird keine Vertretung mehr gesucht.',
    };
    expect(await takeOverShift(answer(409, lost), target)).toMatchObject({ ok: false, refusal: 'no-request' });
  });
});
