/**
 * Invitation links: a coordinator creates one for a person and prints it as a QR code; opening it and
 * pressing "Jetzt anmelden" signs that person in once, to a new account (ADR 7, ADR 21). Paths are
 * absolute (mounted at /api); answering a link with an existing account is invitation-answers.ts.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import {
  findCenterBySlug,
  findInvitation,
  findShownInvitation,
  insertInvitation,
  listOpenInvitations,
  revokeInvitation,
  revokePersonInvitations,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import { membershipIn, type InvitationSheet } from '@schichtbrett/domain';
import type { AddressSource } from '../auth/client-address';
import { generateInvitationToken, hashInvitationToken } from '../auth/invitation-token';
import { loadPrincipal } from '../auth/principal';
import { startSession } from '../auth/start-session';
import { INVITATION_LIFETIME_MS, invitationQrSvg, invitationUrl } from '../invitations/invitation-link';
import { isKeyOnlyAccount } from '../invitations/key-only-account';
import { redeemInvitation } from '../invitations/redeem-invitation';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';
import { INVALID_LINK, invitationTokenGuard } from './invitation-token-guard';
import type { RoomRegistry } from '../sync';

export interface InvitationRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  /** `ORIGIN`: links point there. */
  origin: string;
  secureCookie: boolean;
  /** The replaced session's sockets end with it, and those of an account a link replaces. */
  rooms: Pick<RoomRegistry, 'endSessionConnections'>;
  addressSource: AddressSource;
}

export { INVITATION_LIFETIME_MS } from '../invitations/invitation-link';

/** Redeeming never signs anyone in to an existing account (ADR 21): its holder answers in her own session. */
export const ACCOUNT_EXISTS_MESSAGE = 'Für diese Person gibt es schon ein Konto. Bitte melde dich mit deinem Konto an.';

const NO_INVITATION_NEEDED_MESSAGE =
  'Diese Person hat schon ein eigenes Konto und meldet sich damit an. Eine Einladung braucht sie nicht.';

export function invitationRoutes(options: InvitationRoutesOptions) {
  const { db, now, origin, secureCookie, addressSource, rooms } = options;
  const guard = invitationTokenGuard({ db, now, addressSource });

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

  /** The sheet a page prints: the same shape whether the link is new or shown again. */
  async function sheetOf(
    invitation: { id: string; token: string; expiresAt: string },
    person: { id: string; first_name: string; last_name: string },
  ): Promise<InvitationSheet> {
    const url = invitationUrl(origin, invitation.token);
    return {
      invitation: { id: invitation.id, url, expiresAt: invitation.expiresAt },
      person: { id: person.id, firstName: person.first_name, lastName: person.last_name },
      qrSvg: await invitationQrSvg(url),
    };
  }

  /** Only an account that is nothing but an earlier link's key may be replaced by a new link. */
  async function hasOwnAccount(person: { user_id: string | null }): Promise<boolean> {
    return person.user_id !== null && !(await isKeyOnlyAccount(db, person.user_id));
  }

  const personNotFound = (c: Context) => apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht.');

  return (
    new Hono<ApiEnv>()
      .post('/centers/:slug/people/:personId/invitations', requireSignIn, async (c) => {
        const center = await coordinatedCenter(c);
        if (center instanceof Response) return center;
        const person = await personIn(center.id, c.req.param('personId'));
        if (!person || person.active !== 1) return personNotFound(c);
        if (await hasOwnAccount(person)) return apiError(c, 409, 'account-exists', NO_INVITATION_NEEDED_MESSAGE);
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
            link_token: token,
            created_by_user_id: signedIn(c).principal.userId,
            created_at: at.toISOString(),
            expires_at: expiresAt,
          });
        });
        return c.json(await sheetOf({ id, token, expiresAt }, person), 201);
      })
      // Viewing is not renewing: the page shows the link already printed (a new one is the POST above).
      .get('/centers/:slug/people/:personId/invitations/current', requireSignIn, async (c) => {
        const center = await coordinatedCenter(c);
        if (center instanceof Response) return center;
        const person = await personIn(center.id, c.req.param('personId'));
        if (!person || person.active !== 1) return personNotFound(c);
        if (await hasOwnAccount(person)) return apiError(c, 409, 'account-exists', NO_INVITATION_NEEDED_MESSAGE);
        const shown = await findShownInvitation(db, person.id, now().toISOString());
        const current = shown
          ? await sheetOf({ id: shown.id, token: shown.link_token, expiresAt: shown.expires_at }, person)
          : null;
        return c.json({ current });
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
        const admitted = await guard.admit(c);
        if (admitted instanceof Response) return admitted;
        const { keys, tokenHash } = admitted;
        const outcome = tokenHash
          ? await redeemInvitation(db, { tokenHash, at: now().toISOString() })
          : ({ ok: false, reason: 'invalid' } as const);
        if (!outcome.ok) {
          // An existing account counts as a refusal too: it slows down probing which addresses have one.
          return guard.refuse(
            c,
            keys,
            outcome.reason === 'invalid'
              ? INVALID_LINK
              : { status: 409, error: 'account-exists', message: ACCOUNT_EXISTS_MESSAGE },
          );
        }
        const { retiredUserId } = outcome;
        if (retiredUserId) rooms.endSessionConnections((socket) => socket.userId === retiredUserId);
        const principal = await loadPrincipal(db, outcome.userId);
        if (!principal) throw new Error(`the account ${outcome.userId} just created is gone`);
        await startSession(c, { db, userId: principal.userId, now: now(), secureCookie, rooms });
        return c.json({ user: { id: principal.userId, email: principal.email }, memberships: principal.memberships });
      })
  );
}
