import { describe, expect, it } from 'vitest';
import { slugFromName, submitSetup, type SetupInput } from './setup-api';

describe('slugFromName', () => {
  it('spells umlauts out and joins words with hyphens', () => {
    expect(slugFromName('Mütterzentrum Sonnenhaus')).toBe('muetterzentrum-sonnenhaus');
    expect(slugFromName('  Familien-Café Groß & Klein! ')).toBe('familien-cafe-gross-klein');
  });
});

describe('submitSetup', () => {
  const input: SetupInput = {
    setupCode: '7KQM-3XPD-9HRT-W2FN',
    centerName: 'Lindenhof',
    centerSlug: 'lindenhof',
    stateCode: 'HE',
    firstName: 'Gisela',
    lastName: 'Brandt',
    email: 'gisela@lindenhof.test',
    password: 'ein langer Satz',
  };
  const answering = (status: number, body: unknown) => (async () => Response.json(body, { status })) as typeof fetch;

  it('sends the setup code with the form', async () => {
    let sent: unknown = null;
    const capture = (async (_url: string, init?: RequestInit) => {
      sent = JSON.parse(String(init?.body));
      return Response.json({ memberships: [{ center: 'lindenhof' }] }, { status: 201 });
    }) as typeof fetch;
    expect(await submitSetup(capture, input)).toEqual({ ok: true, center: 'lindenhof' });
    expect(sent).toMatchObject({ setupCode: '7KQM-3XPD-9HRT-W2FN' });
  });

  it('tells a wrong code and a throttled attempt apart from other refusals', async () => {
    const wrong = answering(403, { error: 'setup-code-invalid', message: 'Der Einrichtungscode stimmt nicht.' });
    expect(await submitSetup(wrong, input)).toEqual({ ok: false, reason: 'wrong-code' });
    const throttled = answering(429, { error: 'rate-limited', message: '…', retryAfterSeconds: 30 });
    expect(await submitSetup(throttled, input)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await submitSetup(answering(403, { error: 'cross-origin' }), input)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});
