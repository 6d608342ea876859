/** Setting a password later (`/api/auth/password`, docs/api.md): for people who signed in by invitation. */
type Fetch = typeof fetch;

export type SetPasswordResult =
  | { ok: true }
  | { ok: false; reason: 'invalid-input' | 'wrong-current'; message: string | null }
  | { ok: false; reason: 'unavailable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the signed-in user has a password; null when the server cannot say. */
export async function fetchHasPassword(fetchFn: Fetch): Promise<boolean | null> {
  const response = await fetchFn('/api/auth/password', { headers: { accept: 'application/json' } }).catch(() => null);
  const body: unknown = response?.status === 200 ? await response.json().catch(() => null) : null;
  return isRecord(body) && typeof body.hasPassword === 'boolean' ? body.hasPassword : null;
}

export async function setPassword(
  fetchFn: Fetch,
  input: { password: string; currentPassword?: string },
): Promise<SetPasswordResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/auth/password', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.status === 204) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : null;
  if (response.status === 400) {
    const fields = isRecord(body) && isRecord(body.fields) ? body.fields : {};
    const first = Object.values(fields).find((value): value is string => typeof value === 'string');
    return { ok: false, reason: 'invalid-input', message: first ?? message };
  }
  if (response.status === 401 && isRecord(body) && body.error === 'invalid-credentials') {
    return { ok: false, reason: 'wrong-current', message };
  }
  return { ok: false, reason: 'unavailable' };
}
