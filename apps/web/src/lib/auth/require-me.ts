/** The guard of every page that needs a signed-in user: without a session it goes to the login page. */
import { error, redirect } from '@sveltejs/kit';
import type { Me } from '$lib/api/auth';
import { m } from '$lib/paraglide/messages';
import { loginPath } from './next-path';

export interface AuthData {
  me: Me | null;
  /** True when the server could not say who is signed in (down or answering nonsense). */
  meUnavailable: boolean;
}

export async function requireMe(parent: () => Promise<AuthData>, url: URL): Promise<Me> {
  const { me, meUnavailable } = await parent();
  if (meUnavailable) error(503, { message: m.error_server() });
  if (!me) redirect(307, loginPath(url));
  return me;
}
