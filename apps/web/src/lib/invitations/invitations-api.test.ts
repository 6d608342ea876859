import { describe, expect, it } from 'vitest';
import { answerInvitation, fetchInvitationOffer, redeemInvitation } from './invitations-api';
import { invitationProblem } from './invitation-problem';

function answer(status: number, body: unknown, sent: string[] = []): typeof fetch {
  return async (url, init) => {
    sent.push(`${init?.method ?? 'GET'} ${String(url)} ${String(init?.body)}`);
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  };
}

const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

const TOKEN = 'a'.repeat(40);
const ACCOUNT_EXISTS = 'Für diese Person gibt es schon ein Konto. Bitte melde dich mit deinem Konto an.';

describe('redeemInvitation', () => {
  it('tells a person with an account apart from a dead link', async () => {
    const exists = await redeemInvitation(answer(409, { error: 'account-exists', message: ACCOUNT_EXISTS }), TOKEN);
    expect(exists).toEqual({ ok: false, reason: 'account-exists', message: ACCOUNT_EXISTS });
    if (exists.ok) throw new Error('a refusal was expected');
    expect(invitationProblem(exists)).toBe(ACCOUNT_EXISTS);
    const dead = await redeemInvitation(answer(410, { error: 'invitation-invalid', message: 'weg' }), TOKEN);
    expect(dead).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('fetchInvitationOffer', () => {
  it('posts the token and decodes the offer; anything else is no offer', async () => {
    const sent: string[] = [];
    const offer = {
      forYou: true,
      center: { slug: 'lindenhof', name: 'Lindenhof' },
      role: 'volunteer',
      passwordNeeded: false,
    };
    expect(await fetchInvitationOffer(answer(200, offer, sent), TOKEN)).toEqual(offer);
    expect(sent).toEqual([`POST /api/invitations/offer {"token":"${TOKEN}"}`]);
    expect(await fetchInvitationOffer(answer(200, { forYou: true }), TOKEN)).toBeNull();
    expect(await fetchInvitationOffer(answer(410, { error: 'invitation-invalid' }), TOKEN)).toBeNull();
    expect(await fetchInvitationOffer(offline, TOKEN)).toBeNull();
  });
});

describe('answerInvitation', () => {
  it('maps the answers of accept and decline', async () => {
    expect(await answerInvitation(answer(200, { center: 'lindenhof' }), 'accept', TOKEN)).toEqual({ ok: true });
    expect(await answerInvitation(answer(204, undefined), 'decline', TOKEN)).toEqual({ ok: true });
    expect(
      await answerInvitation(answer(409, { error: 'password-needed', message: 'Passwort zuerst.' }), 'accept', TOKEN),
    ).toEqual({ ok: false, reason: 'password-needed', message: 'Passwort zuerst.' });
    expect(
      await answerInvitation(answer(403, { error: 'forbidden', message: 'Anderes Konto.' }), 'decline', TOKEN),
    ).toEqual({ ok: false, reason: 'refused', message: 'Anderes Konto.' });
    expect(await answerInvitation(answer(410, {}), 'accept', TOKEN)).toMatchObject({ reason: 'invalid' });
    expect(await answerInvitation(answer(500, {}), 'accept', TOKEN)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await answerInvitation(offline, 'accept', TOKEN)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
