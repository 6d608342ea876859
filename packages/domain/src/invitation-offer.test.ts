import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeInvitationOffer, invitationOfferSchema } from './invitation-offer';

describe('invitationOfferSchema', () => {
  it('reads an offer for this account and one for someone else', () => {
    const offer = {
      forYou: true,
      center: { slug: 'lindenhof', name: 'Lindenhof' },
      role: 'team-lead',
      passwordNeeded: false,
    };
    expect(v.parse(invitationOfferSchema, offer)).toEqual(offer);
    expect(v.parse(invitationOfferSchema, { forYou: false })).toEqual({ forYou: false });
    expect(decodeInvitationOffer(offer)).toEqual(offer);
    expect(decodeInvitationOffer('nonsense')).toBeNull();
  });

  it('refuses an unknown role and an offer without its center', () => {
    expect(
      v.safeParse(invitationOfferSchema, {
        forYou: true,
        center: { slug: 'x', name: 'X' },
        role: 'admin',
        passwordNeeded: false,
      }).success,
    ).toBe(false);
    expect(v.safeParse(invitationOfferSchema, { forYou: true, role: 'volunteer', passwordNeeded: true }).success).toBe(
      false,
    );
  });
});
