/**
 * Invitation links (docs/api.md#invitations): show the current one, create and revoke (coordinators), redeem (anyone with the
 * link, for a new account), and answer with one's own account (offer, accept, decline; ADR 21).
 */
import {
  decodeCurrentInvitation,
  decodeInvitationOffer,
  decodeInvitationSheet,
  type InvitationOffer,
  type InvitationSheet,
} from '@schichtbrett/domain';

type Fetch = typeof fetch;

export interface CreatedInvitation {
  id: string;
  url: string;
  expiresAt: Date;
  person: { firstName: string; lastName: string };
  /** Made by the server; contains only the drawn code. */
  qrSvg: string;
}

/** A refusal carries the server's German sentence when it sent one (e.g. the person has an account). */
export type CreateResult =
  { ok: true; invitation: CreatedInvitation } | { ok: false; status: number; message: string | null };

/** The link already printed (null: there is none to show), or the refusal as in creating. */
export type CurrentResult =
  { ok: true; invitation: CreatedInvitation | null } | { ok: false; status: number; message: string | null };

export type RedeemResult =
  | { ok: true; center: string | null }
  /** `account-exists`: the person has an account; its holder signs in with it and answers the link. */
  | { ok: false; reason: 'invalid' | 'rate-limited' | 'account-exists'; message: string | null }
  | { ok: false; reason: 'unavailable' };

/** Accepting or declining with one's own account; `refused` carries the server's German sentence. */
export type AnswerResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'password-needed' | 'refused'; message: string | null }
  | { ok: false; reason: 'unavailable' };

const JSON_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invitationPath(options: { center: string; personId: string }): string {
  return `/api/centers/${encodeURIComponent(options.center)}/people/${encodeURIComponent(options.personId)}/invitations`;
}

function printed(sheet: InvitationSheet): CreatedInvitation {
  return {
    id: sheet.invitation.id,
    url: sheet.invitation.url,
    expiresAt: new Date(sheet.invitation.expiresAt),
    person: { firstName: sheet.person.firstName, lastName: sheet.person.lastName },
    qrSvg: sheet.qrSvg,
  };
}

/** A new link: the server revokes the person's older ones, so a printed QR code stops working. */
export async function createInvitation(
  fetchFn: Fetch,
  options: { center: string; personId: string },
): Promise<CreateResult> {
  const response = await fetchFn(invitationPath(options), { method: 'POST', headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 201) return { ok: false, status: response.status, message: messageOf(body) };
  const sheet = decodeInvitationSheet(body);
  return sheet ? { ok: true, invitation: printed(sheet) } : { ok: false, status: 502, message: null };
}

/** The open link as it was printed; asking never makes a new one (issue 13). */
export async function fetchCurrentInvitation(
  fetchFn: Fetch,
  options: { center: string; personId: string },
): Promise<CurrentResult> {
  const response = await fetchFn(`${invitationPath(options)}/current`, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200) return { ok: false, status: response.status, message: messageOf(body) };
  const decoded = decodeCurrentInvitation(body);
  if (!decoded) return { ok: false, status: 502, message: null };
  return { ok: true, invitation: decoded.current ? printed(decoded.current) : null };
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
    response = await postToken(fetchFn, 'redeem', token);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const body: unknown = await response.json().catch(() => null);
  const message = messageOf(body);
  if (response.status === 200 && isRecord(body) && Array.isArray(body.memberships)) {
    const first: unknown = body.memberships[0];
    return { ok: true, center: isRecord(first) && typeof first.center === 'string' ? first.center : null };
  }
  if (response.status === 410) return { ok: false, reason: 'invalid', message };
  if (response.status === 409) return { ok: false, reason: 'account-exists', message };
  if (response.status === 429) return { ok: false, reason: 'rate-limited', message };
  return { ok: false, reason: 'unavailable' };
}

function messageOf(body: unknown): string | null {
  return isRecord(body) && typeof body.message === 'string' ? body.message : null;
}

function postToken(
  fetchFn: Fetch,
  action: 'redeem' | 'offer' | 'accept' | 'decline',
  token: string,
): Promise<Response> {
  return fetchFn(`/api/invitations/${action}`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ token }),
  });
}

/**
 * What the link offers the signed-in account: an invitation into a center, or nothing (meant for another
 * account or for a new one). Null when the link no longer works or the server cannot say.
 */
export async function fetchInvitationOffer(fetchFn: Fetch, token: string): Promise<InvitationOffer | null> {
  try {
    const response = await postToken(fetchFn, 'offer', token);
    if (response.status !== 200) return null;
    return decodeInvitationOffer(await response.json());
  } catch {
    return null;
  }
}

/** Accepts (the membership is created) or declines (the link is retired) with the signed-in account. */
export async function answerInvitation(
  fetchFn: Fetch,
  answer: 'accept' | 'decline',
  token: string,
): Promise<AnswerResult> {
  let response: Response;
  try {
    response = await postToken(fetchFn, answer, token);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.status === 200 || response.status === 204) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  const message = messageOf(body);
  if (response.status === 410) return { ok: false, reason: 'invalid', message };
  if (isRecord(body) && body.error === 'password-needed') return { ok: false, reason: 'password-needed', message };
  // Meant for another account, already a member there, too many refused links: the server's words say it.
  if ([403, 409, 429].includes(response.status)) return { ok: false, reason: 'refused', message };
  return { ok: false, reason: 'unavailable' };
}
