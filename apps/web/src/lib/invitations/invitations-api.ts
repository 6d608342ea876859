/** Invitation links (docs/api.md#invitations): create and revoke (coordinators), redeem (anyone with the link). */
type Fetch = typeof fetch;

export interface CreatedInvitation {
  id: string;
  url: string;
  expiresAt: Date;
  person: { firstName: string; lastName: string };
  /** Made by the server; contains only the drawn code. */
  qrSvg: string;
}

export type CreateResult = { ok: true; invitation: CreatedInvitation } | { ok: false; status: number };

export type RedeemResult =
  | { ok: true; center: string | null }
  | { ok: false; reason: 'invalid' | 'rate-limited'; message: string | null }
  | { ok: false; reason: 'unavailable' };

const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function createInvitation(
  fetchFn: Fetch,
  options: { center: string; personId: string },
): Promise<CreateResult> {
  const path = `/api/centers/${encodeURIComponent(options.center)}/people/${encodeURIComponent(options.personId)}/invitations`;
  const response = await fetchFn(path, { method: 'POST', headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 201 || !isRecord(body)) return { ok: false, status: response.status };
  const { invitation, person, qrSvg } = body;
  if (
    !isRecord(invitation) ||
    !isRecord(person) ||
    typeof invitation.id !== 'string' ||
    typeof invitation.url !== 'string' ||
    typeof invitation.expiresAt !== 'string' ||
    typeof qrSvg !== 'string' ||
    !qrSvg.startsWith('<svg')
  ) {
    return { ok: false, status: 502 };
  }
  return {
    ok: true,
    invitation: {
      id: invitation.id,
      url: invitation.url,
      expiresAt: new Date(invitation.expiresAt),
      person: { firstName: String(person.firstName ?? ''), lastName: String(person.lastName ?? '') },
      qrSvg,
    },
  };
}

export async function revokeInvitation(fetchFn: Fetch, options: { center: string; id: string }): Promise<boolean> {
  try {
    const path = `/api/centers/${encodeURIComponent(options.center)}/invitations/${encodeURIComponent(options.id)}`;
    const response = await fetchFn(path, { method: 'DELETE', headers: { accept: 'application/json' } });
    return response.status === 204;
  } catch {
    return false;
  }
}

/** Signs in with the link's token; the server sets the session cookie. */
export async function redeemInvitation(fetchFn: Fetch, token: string): Promise<RedeemResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/invitations/redeem', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ token }),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => null);
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : null;
  if (response.status === 200 && isRecord(body) && Array.isArray(body.memberships)) {
    const first: unknown = body.memberships[0];
    return { ok: true, center: isRecord(first) && typeof first.center === 'string' ? first.center : null };
  }
  if (response.status === 410) return { ok: false, reason: 'invalid', message };
  if (response.status === 429) return { ok: false, reason: 'rate-limited', message };
  return { ok: false, reason: 'unavailable' };
}
