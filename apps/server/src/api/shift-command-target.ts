/**
 * What every volunteer command on one shift resolves first (claims, stand-ins): the center and the
 * caller's membership in it, the center's claim rules, and the week room that holds the shift. Each
 * returns the answer to send instead when it cannot (403, 404).
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { findCenterBySlug, findWeekOfShift, type CenterRow, type Database } from '@schichtbrett/db';
import { formatRoomName, membershipIn, parseIsoWeek, type ClaimRules, type Membership } from '@schichtbrett/domain';
import type { ChangeDocumentResult } from '../sync';
import { apiError } from './api-error';
import { signedIn, type ApiEnv } from './api-env';

export interface Caller {
  center: CenterRow;
  me: Membership;
  rules: ClaimRules;
}

/** The center's settings as the claim rules read them. */
export function claimRulesOf(center: CenterRow): ClaimRules {
  return { giveBackCutoffHours: center.claim_cutoff_hours, fuehrungszeugnisYears: center.fuehrungszeugnis_years };
}

/** The center of the path and the caller's membership in it; otherwise the 403 answer. */
export async function callerIn(db: Kysely<Database>, c: Context<ApiEnv>): Promise<Caller | Response> {
  const slug = c.req.param('center') ?? '';
  const me = membershipIn(signedIn(c).principal, slug);
  const center = me ? await findCenterBySlug(db, slug) : null;
  if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
  return { center, me, rules: claimRulesOf(center) };
}

/** The week room holding the shift of the path, or the 404 answer. */
export async function weekRoomOfShift(
  db: Kysely<Database>,
  c: Context<ApiEnv>,
  center: CenterRow,
): Promise<{ week: string; room: string } | Response> {
  const shiftId = c.req.param('shiftId') ?? '';
  const week = await findWeekOfShift(db, { centerId: center.id, shiftId });
  const parsed = week ? parseIsoWeek(week) : null;
  if (!week || !parsed) return shiftNotFound(c);
  return { week, room: formatRoomName({ kind: 'week', center: center.slug, week: parsed }) };
}

export function shiftNotFound(c: Context): Response {
  return apiError(c, 404, 'not-found', 'Diese Schicht gibt es nicht (mehr).');
}

/** The room could not be changed (storage failed, shutting down): nothing was changed, try again later. */
export function roomUnavailable(c: Context, result: Extract<ChangeDocumentResult<unknown>, { ok: false }>): Response {
  return apiError(
    c,
    503,
    'unavailable',
    `Der Wochenplan ist gerade nicht erreichbar (${result.reason}). Bitte versuche es gleich noch einmal.`,
  );
}
