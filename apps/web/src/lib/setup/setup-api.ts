/** The first run (`/api/setup`, docs/api.md): is it needed, and create the first center and coordinator. */
type Fetch = typeof fetch;

export interface SetupInput {
  /** The one-time code the server printed at start (and wrote to DATA_DIR/setup-code.txt). */
  setupCode: string;
  centerName: string;
  centerSlug: string;
  stateCode: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export type SetupField = keyof SetupInput;

export type SetupResult =
  | { ok: true; center: string }
  | { ok: false; reason: 'invalid-input'; fields: Partial<Record<SetupField, string>>; message: string | null }
  | { ok: false; reason: 'wrong-code' | 'rate-limited' | 'done' | 'unavailable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True while the installation has no center; false once it has (the server answers 404 then). */
export async function fetchSetupNeeded(fetchFn: Fetch): Promise<boolean> {
  const response = await fetchFn('/api/setup', { headers: { accept: 'application/json' } });
  if (response.status === 404) return false;
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200 || !isRecord(body))
    throw new Error(`unexpected answer from /api/setup (${response.status})`);
  return body.needed === true;
}

export async function submitSetup(fetchFn: Fetch, input: SetupInput): Promise<SetupResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/setup', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 201 && isRecord(body) && Array.isArray(body.memberships)) {
    const first: unknown = body.memberships[0];
    if (isRecord(first) && typeof first.center === 'string') return { ok: true, center: first.center };
  }
  if (response.status === 404) return { ok: false, reason: 'done' };
  if (response.status === 403 && isRecord(body) && body.error === 'setup-code-invalid') {
    return { ok: false, reason: 'wrong-code' };
  }
  if (response.status === 429) return { ok: false, reason: 'rate-limited' };
  if (response.status === 400 && isRecord(body)) {
    const fields: Partial<Record<SetupField, string>> = {};
    if (isRecord(body.fields)) {
      for (const [key, value] of Object.entries(body.fields)) {
        if (typeof value === 'string') fields[key as SetupField] = value;
      }
    }
    return {
      ok: false,
      reason: 'invalid-input',
      fields,
      message: typeof body.message === 'string' ? body.message : null,
    };
  }
  return { ok: false, reason: 'unavailable' };
}

/** A short web address from the center's name: "Familienzentrum Lindenhof" → "familienzentrum-lindenhof". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
