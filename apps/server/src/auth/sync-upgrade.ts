/**
 * Who may open a sync socket, decided before the upgrade (no cross-site WebSocket hijacking): the request
 * must come from our origin (403), carry a valid session (401), and name a room of a center the user
 * belongs to and whose kind the member's role may open (403; a name that is no room at all: 404).
 */
import type { Context } from 'hono';
import { membershipIn, parseRoomName, roomAccessOf } from '@schichtbrett/domain';
import type { ApiErrorCode } from '../api/api-error';
import type { SyncIdentity } from '../sync';
import { authenticate, type SessionMiddlewareOptions } from './session-middleware';

export type SyncUpgradeDecision =
  { ok: true; identity: SyncIdentity } | { ok: false; status: 401 | 403 | 404; error: ApiErrorCode; message: string };

export async function authorizeSyncUpgrade(
  c: Context,
  options: SessionMiddlewareOptions & { origin: string; roomName: string },
): Promise<SyncUpgradeDecision> {
  // Browsers always send Origin on WebSocket handshakes; SameSite=Lax does not cover them.
  if (c.req.header('origin') !== options.origin) {
    return {
      ok: false,
      status: 403,
      error: 'cross-origin',
      message: 'Diese Verbindung kommt nicht von Schichtbrett selbst und wurde deshalb abgelehnt.',
    };
  }
  const found = await authenticate(c, options);
  if (!found) return { ok: false, status: 401, error: 'unauthenticated', message: 'Bitte melde dich an.' };
  const parsed = parseRoomName(options.roomName);
  if (!parsed.ok) {
    return { ok: false, status: 404, error: 'not-found', message: `Den Raum „${options.roomName}“ gibt es nicht.` };
  }
  const membership = membershipIn(found.principal, parsed.room.center);
  if (!membership) {
    return { ok: false, status: 403, error: 'forbidden', message: 'Du gehörst nicht zu diesem Zentrum.' };
  }
  const access = roomAccessOf(membership, parsed.room);
  if (!access.ok) {
    return {
      ok: false,
      status: 403,
      error: 'forbidden',
      message: 'Die Vorlage ist nur für Koordination und Bereichsleitungen.',
    };
  }
  return {
    ok: true,
    identity: {
      userId: found.principal.userId,
      sessionId: found.session.sessionId,
      personId: membership.personId,
      displayName: membership.displayName,
      role: membership.role,
      access: access.access,
    },
  };
}
