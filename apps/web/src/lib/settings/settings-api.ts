/**
 * The center's settings (`/api/centers/:center/settings`, docs/api.md), decoded with the domain's schema
 * at the boundary: the same one the server checks the body with.
 */
import { decodeCenterSettings, type CenterSettings, type CenterSettingsInput } from '@schichtbrett/domain';
import { ApiError } from '$lib/api/centers';

type Fetch = typeof fetch;

export type SaveSettingsResult =
  | { ok: true; settings: CenterSettings }
  /** The server's German sentence (400 names every problem). */
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'unavailable' };

function settingsPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}/settings`;
}

/** The settings for the coordinators' page; 401/403 and anything unusable are thrown as `ApiError`. */
export async function fetchSettings(fetchFn: Fetch, center: string): Promise<CenterSettings> {
  const response = await fetchFn(settingsPath(center), { headers: { accept: 'application/json' } });
  const settings = response.status === 200 ? decodeCenterSettings(await response.json().catch(() => null)) : null;
  if (!settings) throw new ApiError(`unexpected answer from ${settingsPath(center)}`, response.status);
  return settings;
}

export async function saveSettings(
  fetchFn: Fetch,
  center: string,
  settings: CenterSettingsInput,
): Promise<SaveSettingsResult> {
  let response: Response;
  try {
    response = await fetchFn(settingsPath(center), {
      method: 'PUT',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 200) {
    const saved = decodeCenterSettings(body);
    return saved ? { ok: true, settings: saved } : { ok: false, reason: 'unavailable' };
  }
  const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : null;
  if (response.status >= 400 && response.status < 500 && typeof message === 'string') {
    return { ok: false, reason: 'refused', message };
  }
  return { ok: false, reason: 'unavailable' };
}
