/** Turns a failed API call in a page's load into the login page (401) or a friendly error page. */
import { error, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api/centers';
import { m } from '$lib/paraglide/messages';
import { loginPath } from './next-path';

export function failLoad(cause: unknown, url: URL): never {
  if (cause instanceof ApiError && cause.status === 401) redirect(307, loginPath(url));
  if (cause instanceof ApiError && cause.status === 403) error(403, { message: m.error_forbidden() });
  error(503, { message: m.error_server() });
}
