/**
 * /api/centers/:slug/people: people management for the center's coordinators (issue 3). Full names and
 * contact data leave the server only here. A change of role, areas or active flag takes effect at once:
 * the person's open sync sockets in the center are closed with `access-changed` and re-authorized on reconnect.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  countActiveCoordinators,
  countActiveMemberships,
  findCenterBySlug,
  findPersonForAdmin,
  findPersonOfUserInCenter,
  findUserByEmail,
  insertPerson,
  listAreas,
  listPeopleForAdmin,
  normalizeEmail,
  updatePerson,
  type CenterRow,
  type Database,
  type PersonAdminRow,
  type PersonChanges,
} from '@schichtbrett/db';
import {
  displayName,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  isRole,
  membershipIn,
  NAME_RULE,
  PHONE_MAX_LENGTH,
  PHONE_PATTERN,
  ROLES,
  visibleText,
  type ManagedPerson,
  type Role,
} from '@schichtbrett/domain';
import { invalidateUserSessions } from '../auth/sessions';
import type { RoomRegistry } from '../sync';
import { apiError } from './api-error';
import { invalidInput } from './invalid-input';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

/** The wire shape, shared with the web app. */
export type PersonDetail = ManagedPerson;

/** A name others see on the board: the shared text rule (NFC, one visible line, nothing turning it around). */
const FirstName = visibleText({ ...NAME_RULE, label: 'Der Vorname', missing: 'Bitte gib einen Vornamen an.' });
const LastName = visibleText({ ...NAME_RULE, label: 'Der Nachname', missing: 'Bitte gib einen Nachnamen an.' });

/** Optional texts: null, missing and "" all mean "none". */
const Email = v.nullish(
  v.pipe(
    v.string('Die E-Mail-Adresse muss ein Text sein.'),
    v.trim(),
    v.maxLength(EMAIL_MAX_LENGTH, 'Die E-Mail-Adresse ist zu lang.'),
    v.check((email) => email === '' || EMAIL_PATTERN.test(email), 'Die E-Mail-Adresse sieht nicht richtig aus.'),
  ),
);
const Phone = v.nullish(
  v.pipe(
    v.string('Die Telefonnummer muss ein Text sein.'),
    v.trim(),
    v.maxLength(PHONE_MAX_LENGTH, 'Die Telefonnummer ist zu lang.'),
    v.check(
      (phone) => PHONE_PATTERN.test(phone),
      'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.',
    ),
  ),
);
const RoleField = v.picklist(ROLES, 'Die Rolle muss Koordination, Bereichsleitung oder Ehrenamt sein.');
const AreaIds = v.pipe(
  v.array(v.string('Bereiche werden als Liste von Bereichs-IDs angegeben.'), 'Bereiche müssen eine Liste sein.'),
  v.maxLength(100, 'Das sind zu viele Bereiche.'),
);

const NewPersonBody = v.object({
  // A missing name gets the same message as an empty one (the default runs through the checks).
  firstName: v.optional(FirstName, ''),
  lastName: v.optional(LastName, ''),
  email: Email,
  phone: Phone,
  role: RoleField,
  areaIds: v.optional(AreaIds),
});

const PersonPatchBody = v.object({
  firstName: v.optional(FirstName),
  lastName: v.optional(LastName),
  email: Email,
  phone: Phone,
  role: v.optional(RoleField),
  areaIds: v.optional(AreaIds),
  active: v.optional(v.boolean('„Aktiv“ muss ja oder nein (true/false) sein.')),
});

export interface PeopleRoutesOptions {
  db: Kysely<Database>;
  rooms: RoomRegistry;
}

export function peopleRoutes({ db, rooms }: PeopleRoutesOptions) {
  /** The center when the caller coordinates it; otherwise the 403 answer. */
  async function coordinatedCenter(c: Context<ApiEnv>): Promise<CenterRow | Response> {
    const slug = c.req.param('slug') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    if (me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', 'Personen verwalten kann nur die Koordination des Zentrums.');
    }
    return center;
  }

  /**
   * Whether the account with this address already has a person in the center. Tells the coordinator only
   * about her own center: an account elsewhere changes no answer of people management.
   */
  async function accountInCenter(executor: Kysely<Database>, center: CenterRow, email: string): Promise<boolean> {
    const user = await findUserByEmail(executor, email);
    return user !== null && (await findPersonOfUserInCenter(executor, center.id, user.id)) !== null;
  }

  /** A German sentence naming the first area id that is not an area of the center, or null. */
  async function unknownAreaProblem(
    executor: Kysely<Database>,
    center: CenterRow,
    areaIds: readonly string[],
  ): Promise<string | null> {
    const known = new Set((await listAreas(executor, center.id)).map((area) => area.id));
    const unknown = areaIds.find((id) => !known.has(id));
    return unknown === undefined ? null : `Den Bereich „${unknown}“ gibt es in diesem Zentrum nicht.`;
  }

  return new Hono<ApiEnv>()
    .get('/', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const people = await listPeopleForAdmin(db, center.id);
      return c.json({ people: people.map(personDetail) });
    })
    .post('/', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(NewPersonBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      const input = parsed.output;
      const areaIds = input.role === 'team-lead' ? unique(input.areaIds ?? []) : [];
      const areaProblem = await unknownAreaProblem(db, center, areaIds);
      if (areaProblem) return apiError(c, 400, 'invalid-input', areaProblem);
      const email = input.email ? normalizeEmail(input.email) : null;
      const personId = `person-${crypto.randomUUID()}`;
      const outcome = await db.transaction().execute(async (trx) => {
        if (email && (await accountInCenter(trx, center, email))) return 'already-member' as const;
        // No account yet, whether or not the address has one: a new one comes with the first invitation
        // link, an existing one is linked only when its holder accepts the link in her own session (ADR 21).
        await insertPerson(trx, {
          id: personId,
          centerId: center.id,
          // Never undefined after parsing (the default '' is refused); valibot's type does not know that.
          firstName: input.firstName ?? '',
          lastName: input.lastName ?? '',
          email,
          phone: input.phone || null,
          role: input.role,
          areaIds,
          userId: null,
        });
        return 'created' as const;
      });
      if (outcome === 'already-member') {
        return apiError(
          c,
          409,
          'already-member',
          'Eine Person mit dieser E-Mail-Adresse gehört schon zu diesem Zentrum.',
        );
      }
      const person = await findPersonForAdmin(db, center.id, personId);
      if (!person) throw new Error(`person ${personId} vanished after insert`);
      return c.json({ person: personDetail(person) }, 201);
    })
    .patch('/:id', requireSignIn, async (c) => {
      const center = await coordinatedCenter(c);
      if (center instanceof Response) return center;
      const parsed = v.safeParse(PersonPatchBody, c.get('jsonBody') ?? {});
      if (!parsed.success) return invalidInput(c, parsed.issues);
      const input = parsed.output;
      const personId = c.req.param('id');
      const outcome = await db.transaction().execute(async (trx) => {
        const before = await findPersonForAdmin(trx, center.id, personId);
        if (!before) return { kind: 'not-found' as const };
        const beforeRole: Role = isRole(before.role) ? before.role : 'volunteer';
        const role = input.role ?? beforeRole;
        const areaIds = role === 'team-lead' ? unique(input.areaIds ?? parseAreaIds(before.area_ids)) : [];
        const areaProblem = input.areaIds ? await unknownAreaProblem(trx, center, areaIds) : null;
        if (areaProblem) return { kind: 'invalid' as const, message: areaProblem };
        const active = input.active ?? before.active === 1;
        const stopsCoordinating =
          before.role === 'coordinator' && before.active === 1 && (role !== 'coordinator' || !active);
        if (stopsCoordinating && (await countActiveCoordinators(trx, center.id, personId)) === 0) {
          return { kind: 'last-coordinator' as const };
        }
        const changes: PersonChanges = {
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone === undefined ? undefined : input.phone || null,
          role,
          areaIds,
          active,
        };
        if (input.email !== undefined) {
          const email = input.email ? normalizeEmail(input.email) : null;
          changes.email = email;
          // Only the contact address changes: an existing account keeps its sign-in address, and an account
          // with the new address is linked only when its holder accepts an invitation (ADR 21).
          if (email && before.user_id === null && (await accountInCenter(trx, center, email))) {
            return { kind: 'already-member' as const };
          }
        }
        await updatePerson(trx, personId, changes);
        const accessChanged =
          role !== before.role ||
          active !== (before.active === 1) ||
          JSON.stringify(areaIds) !== JSON.stringify(parseAreaIds(before.area_ids));
        return {
          kind: 'updated' as const,
          userId: before.user_id,
          accessChanged,
          deactivated: before.active === 1 && !active,
        };
      });
      switch (outcome.kind) {
        case 'not-found':
          return apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht.');
        case 'invalid':
          return apiError(c, 400, 'invalid-input', outcome.message);
        case 'already-member':
          return apiError(
            c,
            409,
            'already-member',
            'Eine Person mit dieser E-Mail-Adresse gehört schon zu diesem Zentrum.',
          );
        case 'last-coordinator':
          return apiError(
            c,
            409,
            'last-coordinator',
            'Das ist die letzte aktive Koordination dieses Zentrums. Mach zuerst eine andere Person zur Koordination.',
          );
        case 'updated':
          break;
        default: {
          const unknown: never = outcome;
          throw new Error(`unknown outcome ${JSON.stringify(unknown)}`);
        }
      }
      if (outcome.userId && outcome.accessChanged) {
        // Takes effect at once: open sockets keep the identity of their upgrade, so they are closed (`access-changed`).
        rooms.revokeConnectionsOf(outcome.userId, center.slug);
        if (outcome.deactivated && (await countActiveMemberships(db, outcome.userId)) === 0) {
          await invalidateUserSessions(db, outcome.userId);
        }
      }
      const person = await findPersonForAdmin(db, center.id, personId);
      if (!person) throw new Error(`person ${personId} vanished after update`);
      return c.json({ person: personDetail(person) });
    });
}

function personDetail(row: PersonAdminRow): PersonDetail {
  const role: Role = isRole(row.role) ? row.role : 'volunteer';
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    displayName: displayName({ firstName: row.first_name, lastName: row.last_name }),
    email: row.email,
    phone: row.phone,
    role,
    areaIds: role === 'team-lead' ? parseAreaIds(row.area_ids) : [],
    active: row.active === 1,
    hasAccount: row.has_account,
  };
}

function parseAreaIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
