/**
 * The people import as two commands (issue 12): `previewPeopleImport` only reads; `importPeople` plans the
 * same file again inside one transaction and writes every new person with an invitation link, or nothing.
 */
import type { Kysely } from 'kysely';
import {
  insertInvitation,
  insertPerson,
  listAreas,
  listPersonIdentities,
  type CenterRow,
  type Database,
} from '@schichtbrett/db';
import { planPeopleImport, type PlanPeopleImportOutcome } from '@schichtbrett/domain/people-import';
import { generateInvitationToken, hashInvitationToken } from '../auth/invitation-token';
import { INVITATION_LIFETIME_MS } from '../invitations/invitation-link';

export interface PeopleImportTarget {
  db: Kysely<Database>;
  center: CenterRow;
  /** The uploaded file, unchanged. */
  bytes: Uint8Array;
}

export interface ImportPeopleOptions extends PeopleImportTarget {
  /** The coordinator who imports: she created the invitations. */
  actorUserId: string;
  now: Date;
}

/** A person written by the import with the token of her invitation: shown once, never stored. */
export interface ImportedPerson {
  line: number;
  personId: string;
  firstName: string;
  lastName: string;
  invitationId: string;
  token: string;
  expiresAt: string;
}

export type ImportPeopleOutcome =
  { ok: true; created: ImportedPerson[]; existing: number; invalid: number } | { ok: false; message: string };

export async function previewPeopleImport({ db, center, bytes }: PeopleImportTarget): Promise<PlanPeopleImportOutcome> {
  return planAgainst(db, center, bytes);
}

/**
 * Creates the rows the preview showed as new, each with an invitation. Rows with problems and people the
 * center has already are left out; planning again inside the transaction means an import running twice at
 * once still creates nobody twice. Nobody gets a link to an existing account: imported people have none
 * until they redeem their link or, holding an account already, answer it in their own session (ADR 21).
 */
export async function importPeople(options: ImportPeopleOptions): Promise<ImportPeopleOutcome> {
  const { db, center, bytes, actorUserId, now } = options;
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString();
  return db.transaction().execute(async (trx): Promise<ImportPeopleOutcome> => {
    const planned = await planAgainst(trx, center, bytes);
    if (!planned.ok) return planned;
    const { rows, counts } = planned.preview;
    const created: ImportedPerson[] = [];
    for (const row of rows.filter((candidate) => candidate.status === 'new')) {
      const person = {
        line: row.line,
        personId: `person-${crypto.randomUUID()}`,
        firstName: row.firstName,
        lastName: row.lastName,
        invitationId: crypto.randomUUID(),
        token: generateInvitationToken(),
        expiresAt,
      };
      await insertPerson(trx, {
        id: person.personId,
        centerId: center.id,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        phone: row.phone,
        role: row.role,
        // As in people management: only a team lead owns areas.
        areaIds: row.role === 'team-lead' ? row.areaIds : [],
        userId: null,
      });
      await insertInvitation(trx, {
        id: person.invitationId,
        person_id: person.personId,
        center_id: center.id,
        token_hash: hashInvitationToken(person.token),
        link_token: person.token,
        created_by_user_id: actorUserId,
        created_at: createdAt,
        expires_at: expiresAt,
      });
      created.push(person);
    }
    return { ok: true, created, existing: counts.existing, invalid: counts.invalid };
  });
}

async function planAgainst(
  db: Kysely<Database>,
  center: CenterRow,
  bytes: Uint8Array,
): Promise<PlanPeopleImportOutcome> {
  const [areas, people] = await Promise.all([listAreas(db, center.id), listPersonIdentities(db, center.id)]);
  return planPeopleImport({
    bytes,
    areas: areas.map((area) => ({ id: area.id, name: area.name })),
    people: people.map((person) => ({
      firstName: person.first_name,
      lastName: person.last_name,
      emails: [person.email, person.account_email].filter((email): email is string => email !== null),
    })),
  });
}
