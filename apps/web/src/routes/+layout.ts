// The board is a live client app on a Yjs document; nothing here needs server rendering.
import { fetchMe } from '$lib/api/auth';
import type { AuthData } from '$lib/auth/require-me';
import type { LayoutLoad } from './$types';

export const ssr = false;

/** Who is signed in, for the header and the guards of the pages; reloaded after login and logout. */
export const load: LayoutLoad = async ({ fetch, depends }): Promise<AuthData> => {
  depends('app:me');
  try {
    return { me: await fetchMe(fetch), meUnavailable: false };
  } catch {
    return { me: null, meUnavailable: true };
  }
};
