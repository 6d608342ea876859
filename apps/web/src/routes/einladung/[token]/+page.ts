import { fetchInvitationOffer } from '$lib/invitations/invitations-api';
import type { PageLoad } from './$types';

/**
 * Opening the link does nothing yet: messengers fetch links for previews, and a GET that signed in would
 * use the one-time token up. Only the buttons on the page (POSTs) do. Someone signed in is asked whether
 * the link is meant for her account: then the page offers to join that center (ADR 21).
 */
export const load: PageLoad = async ({ params, parent, fetch }) => {
  const { me } = await parent();
  const offer = me ? await fetchInvitationOffer(fetch, params.token) : null;
  return {
    token: params.token,
    offer: offer?.forYou ? offer : null,
    signedInAs: me?.user.email ?? null,
  };
};
