import { describe, expect, it } from 'vitest';
import { fetchPeopleContext, peopleContextPath } from './people-context';

const answering = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

const context = {
  week: '2026-W48',
  requirements: { 'demo-cafe': ['hygiene'] },
  people: [
    {
      personId: 'demo-karin',
      qualifications: [{ kind: 'hygiene', validUntil: null }],
      absences: [{ from: '2026-11-26', to: '2026-12-04', reason: 'Urlaub' }],
      availability: [{ weekday: 1, kind: 'part-of-day', part: 'vormittags' }],
    },
  ],
};

describe('people context client', () => {
  it('decodes the answer', async () => {
    expect(await fetchPeopleContext(answering(200, context), 'demo', '2026-W48')).toEqual(context);
  });

  it('gives null for a refusal, a malformed answer or no network', async () => {
    expect(await fetchPeopleContext(answering(403, { error: 'forbidden' }), 'demo', '2026-W48')).toBeNull();
    const malformed = { ...context, people: [{ ...context.people[0], qualifications: [{ kind: 'zauberstab' }] }] };
    expect(await fetchPeopleContext(answering(200, malformed), 'demo', '2026-W48')).toBeNull();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchPeopleContext(offline, 'demo', '2026-W48')).toBeNull();
  });

  it('builds the address', () => {
    expect(peopleContextPath('demo', '2026-W48')).toBe('/api/centers/demo/weeks/2026-W48/people-context');
  });
});
