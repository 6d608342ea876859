import { describe, expect, it } from 'vitest';
import { ApiError } from './centers';
import {
  addAbsence,
  addQualification,
  deleteQualification,
  fetchAvailability,
  fetchExpiring,
  fetchQualifications,
  saveAvailability,
  saveRequirements,
} from './records';

interface Call {
  url: string;
  method: string;
  body: unknown;
}

/** A fetch that answers `status` with `body` and records what it was asked. */
function answering(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: String(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  }) as typeof fetch;
}

const failing = (async () => {
  throw new TypeError('offline');
}) as typeof fetch;

describe('records client', () => {
  it('decodes Nachweise by kind and drops what it cannot use', async () => {
    const list = await fetchQualifications(
      answering(200, {
        qualifications: [
          { id: 'q1', kind: 'hygiene', date: '2026-03-10', validity: 'until', validUntil: '2028-03-09' },
          {
            id: 'q2',
            kind: 'fuehrungszeugnis',
            inspectedOn: '2026-11-20',
            certificateDate: '2026-11-01',
            result: 'mit-eintrag',
            validity: 'never',
            validUntil: null,
          },
          { id: 'q3', kind: 'hygiene', validity: 'until', validUntil: '2028-03-09' },
          { id: 'q4', kind: 'pilot', inspectedOn: '2026-01-01', validity: 'no-expiry' },
        ],
      }),
      'demo',
      'demo-anna',
    );
    expect(list).toEqual([
      { id: 'q1', kind: 'hygiene', date: '2026-03-10', validity: 'until', validUntil: '2028-03-09' },
      {
        id: 'q2',
        kind: 'fuehrungszeugnis',
        inspectedOn: '2026-11-20',
        certificateDate: '2026-11-01',
        result: 'mit-eintrag',
        validity: 'never',
        validUntil: null,
      },
    ]);
  });

  it('throws 403 for the page to show, instead of an empty list', async () => {
    const refusal = fetchQualifications(answering(403, { error: 'forbidden', message: 'Nein.' }), 'demo', 'x');
    await expect(refusal).rejects.toBeInstanceOf(ApiError);
    await expect(refusal).rejects.toMatchObject({ status: 403 });
  });

  it('posts a Nachweis to the person and answers the stored one', async () => {
    const calls: Call[] = [];
    const result = await addQualification(
      answering(
        201,
        {
          qualification: { id: 'q9', kind: 'hygiene', date: '2026-11-20', validity: 'until', validUntil: '2028-11-19' },
        },
        calls,
      ),
      'demo',
      'demo anna',
      { kind: 'hygiene', date: '2026-11-20' },
    );
    expect(calls).toEqual([
      {
        url: '/api/centers/demo/people/demo%20anna/qualifications',
        method: 'POST',
        body: { kind: 'hygiene', date: '2026-11-20' },
      },
    ]);
    expect(result).toEqual({
      ok: true,
      value: { id: 'q9', kind: 'hygiene', date: '2026-11-20', validity: 'until', validUntil: '2028-11-19' },
    });
  });

  it('carries the server’s German refusal, and tells "offline" apart', async () => {
    const refused = await addAbsence(
      answering(400, {
        error: 'invalid-input',
        message: 'Das Ende der Abwesenheit darf nicht vor ihrem Beginn liegen.',
      }),
      'demo',
      'demo-anna',
      { from: '2026-12-20', to: '2026-12-01' },
    );
    expect(refused).toEqual({
      ok: false,
      reason: 'refused',
      message: 'Das Ende der Abwesenheit darf nicht vor ihrem Beginn liegen.',
    });
    expect(await addAbsence(failing, 'demo', 'demo-anna', { from: '2026-12-20', to: '2026-12-21' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await saveRequirements(answering(500, { message: 'Fehler' }), 'demo', 'a', [])).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('deletes with no body and takes 204 as done', async () => {
    const calls: Call[] = [];
    expect(await deleteQualification(answering(204, null, calls), 'demo', 'demo-anna', 'q1')).toEqual({
      ok: true,
      value: true,
    });
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: '/api/centers/demo/people/demo-anna/qualifications/q1' });
  });

  it('replaces availability slots and keeps only well-formed ones from the answer', async () => {
    const calls: Call[] = [];
    const slots = [{ weekday: 1, kind: 'part-of-day', part: 'vormittags' }] as const;
    const result = await saveAvailability(
      answering(
        200,
        {
          slots: [
            ...slots,
            { weekday: 8, kind: 'part-of-day', part: 'abends' },
            { weekday: 2, kind: 'time', start: '18:00', end: '09:00' },
          ],
        },
        calls,
      ),
      'demo',
      'demo-anna',
      slots,
    );
    expect(calls[0]).toMatchObject({ method: 'PUT', body: { slots } });
    expect(result).toEqual({ ok: true, value: slots });
    expect(
      await fetchAvailability(
        answering(200, { slots: [{ weekday: 3, kind: 'time', start: '14:00', end: '18:30' }] }),
        'demo',
        'p',
      ),
    ).toEqual([{ weekday: 3, kind: 'time', start: '14:00', end: '18:30' }]);
  });

  it('reads the expiring list and skips people without a usable entry', async () => {
    const calls: Call[] = [];
    const list = await fetchExpiring(
      answering(
        200,
        {
          today: '2026-11-26',
          weeks: 8,
          people: [
            {
              personId: 'demo-anna',
              displayName: 'Anna K.',
              expiring: [{ kind: 'fuehrungszeugnis', lastDay: '2026-12-31' }],
            },
            { personId: 'demo-bert', displayName: 'Bert L.', expiring: [{ kind: 'unknown', lastDay: '2026-12-31' }] },
          ],
        },
        calls,
      ),
      'demo',
    );
    expect(calls[0]?.url).toBe('/api/centers/demo/qualifications/expiring?weeks=8');
    expect(list).toEqual({
      today: '2026-11-26',
      weeks: 8,
      people: [
        {
          personId: 'demo-anna',
          displayName: 'Anna K.',
          expiring: [{ kind: 'fuehrungszeugnis', lastDay: '2026-12-31' }],
        },
      ],
    });
  });
});
