/**
 * Invitation links: a coordinator creates one for a person and prints it as a QR code; opening it and
 * pressing "Jetzt anmelden" signs that person in once. Paths are absolute (mounted at /api).
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import * as v from 'valibot';
import {
  findCenterBySlug,
  findInvitation,
  findInvitationByTokenHash,
  findUserByEmail,
  insertInvitation,
  listOpenInvitations,
  markInvitationUsed,
  normalizeEmail,
  revokeInvitation,
  revokePersonInvitations,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import { membershipIn } from '@schichtbrett/domain';
import { clientAddress, type AddressSource } from '../auth/client-address';
import { recordLoginFailure, secondsUntilAllowed, type ThrottleKeys } from '../auth/login-throttle';
import { generateInvitationToken, hashInvitationToken, isInvitationTokenShape } from '../auth/invitation-token';
import { loadPrincipal } from '../auth/principal';
import { startSession } from '../auth/start-session';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';
import type { RoomRegistry } from '../sync/room-registry';

export interface InvitationRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  /** `ORIGIN`: links point there. */
  origin: string;
  secureCookie: boolean;
  /** The replaced session's sockets end with it. */
  rooms: Pick<RoomRegistry, 'endSessionConnections'>;
  addressSource: AddressSource;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITATION_LIFETIME_MS = 14 * DAY_MS;

export const INVITATION_INVALID_MESSAGE =
  'Dieser Einladungslink gilt nicht mehr. Bitte frag die Koordination nach einem neuen.';

/** Domain of the e-mail address given to accounts of people who have none (RFC 2606: never deliverable). */
export const INVITED_EMAIL_DOMAIN = 'invited.invalid';

const RedeemBody = v.object({ token: v.pipe(v.string(), v.maxLength(200)) });

export function invitationRoutes(options: InvitationRoutesOptions) {
  const { db, now, origin, secureCookie, addressSource, rooms } = options;

  /** The center if the signed-in user coordinates it; otherwise the 403 to send. */
  async function coordinatedCenter(c: Context<ApiEnv>): Promise<CenterRow | Response> {
    const slug = c.req.param('slug') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me?.role === 'coordinator' ? await findCenterBySlug(db, slug) : null;
    return center ?? apiError(c, 403, 'forbidden', 'Nur die Koordination dieses Zentrums darf Einladungen verwalten.');
  }

  async function personIn(centerId: number, personId: string) {
    return (
      (await db
        .selectFrom('people')
        .select(['id', 'first_name', 'last_name', 'email', 'user_id', 'active'])
        .where('id', '=', personId)
        .where('center_id', '=', centerId)
        .executeTakeFirst()) ?? null
    );
  }

  const personNotFound = (c: Context) => apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht.');

  return new Hono<ApiEnv>()
    .post('/centers/:slug/people/:personId/invitations', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const person = await personIn(center.id, c.req.param('personId'));
      if (!person || person.active !== 1) return personNotFound(c);
      const token = generateInvitationToken();
      const at = now();
      const expiresAt = new Date(at.getTime() + INVITATION_LIFETIME_MS).toISOString();
      const id = crypto.randomUUID();
      await db.transaction().execute(async (trx) => {
        // One open link per person: a new print replaces the old one, which may be lying around.
        await revokePersonInvitations(trx, person.id, at.toISOString());
        await insertInvitation(trx, {
          id,
          person_id: person.id,
          center_id: center.id,
          token_hash: hashInvitationToken(token),
          created_by_user_id: signedIn(c).principal.userId,
          created_at: at.toISOString(),
          expires_at: expiresAt,
        });
      });
      const url = `${origin}/einladung/${token}`;
      const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return c.json(
        {
          invitation: { id, url, expiresAt },
          person: { id: person.id, firstName: person.first_name, lastName: person.last_name },
          qrSvg,
        },
        201,
      );
    })
    .get('/centers/:slug/people/:personId/invitations', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const person = await personIn(center.id, c.req.param('personId'));
      if (!person) return personNotFound(c);
      const rows = await listOpenInvitations(db, person.id, now().toISOString());
      return c.json({
        invitations: rows.map((row) => ({ id: row.id, createdAt: row.created_at, expiresAt: row.expires_at })),
      });
    })
    .delete('/centers/:slug/invitations/:id', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const invitation = await findInvitation(db, c.req.param('id'));
      if (!invitation || invitation.center_id !== center.id) {
        return apiError(c, 404, 'not-found', 'Diese Einladung gibt es nicht.');
      }
      await revokeInvitation(db, invitation.id, now().toISOString());
      return c.body(null, 204);
    })
    .post('/invitations/redeem', async (c) => {
      const address = clientAddress(c, addressSource);
      // Throttled per address like login: once for redeeming alone, once in the address's login counter.
      const keys: ThrottleKeys = { account: `redeem:${address}`, address: `address:${address}` };
      const wait = await secondsUntilAllowed(db, keys, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return apiError(
          c,
          429,
          'rate-limited',
          `Zu viele ungültige Einladungslinks. Bitte warte ${wait < 90 ? `${wait} Sekunden` : `${Math.ceil(wait / 60)} Minuten`}.`,
          { retryAfterSeconds: wait },
        );
      }
      const parsed = v.safeParse(RedeemBody, c.get('jsonBody'));
      const token = parsed.success ? parsed.output.token : '';
      const at = now().toISOString();
      const userId = isInvitationTokenShape(token) ? await redeem(db, hashInvitationToken(token), at) : null;
      const principal = userId ? await loadPrincipal(db, userId) : null;
      if (!userId || !principal) {
        await recordLoginFailure(db, keys, now());
        return apiError(c, 410, 'invitation-invalid', INVITATION_INVALID_MESSAGE);
      }
      await startSession(c, { db, userId, now: now(), secureCookie, rooms });
      return c.json({ user: { id: principal.userId, email: principal.email }, memberships: principal.memberships });
    });
}

/**
 * Uses an invitation once and returns the account its person signs in with, creating that account when
 * the person has none. Null when the invitation is unknown, used, revoked, expired or its person inactive.
 * Everything in one transaction, so two simultaneous redemptions cannot both succeed.
 */
async function redeem(db: Kysely<Database>, tokenHash: Uint8Array, at: string): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const invitation = await findInvitationByTokenHash(trx, tokenHash);
    if (!invitation) return null;
    const person = await trx
      .selectFrom('people')
      .select(['id', 'email', 'user_id', 'active'])
      .where('id', '=', invitation.person_id)
      .executeTakeFirst();
    if (!person || person.active !== 1) return null;
    if (!(await markInvitationUsed(trx, invitation.id, at))) return null;
    if (person.user_id) return person.user_id;
    const userId = `user-${crypto.randomUUID()}`;
    // The person's own address if no account has it yet; never an existing account's (a coordinator must not
    // be able to take over someone's account by entering their address), else one that cannot receive mail.
    const own = person.email ? normalizeEmail(person.email) : null;
    const email = own && !(await findUserByEmail(trx, own)) ? own : `person-${person.id}@${INVITED_EMAIL_DOMAIN}`;
    await trx.insertInto('users').values({ id: userId, email, password_hash: null }).execute();
    await trx.updateTable('people').set({ user_id: userId }).where('id', '=', person.id).execute();
    return userId;
  });
}
