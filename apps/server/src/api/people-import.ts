/**
 * /api/centers/:slug/people/import: a coordinator's volunteer list as a CSV file (issue 12, ADR 27).
 * `/preview` shows what would happen and writes nothing; the bare path imports and answers the new
 * people's invitations with QR codes, once: only their hashes are stored.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { findCenterBySlug, type CenterRow, type Database } from '@schichtbrett/db';
import {
  membershipIn,
  PEOPLE_IMPORT_MAX_FILE_BYTES,
  peopleImportRequestSchema,
  type PeopleImportPreview,
  type PeopleImportResult,
} from '@schichtbrett/domain';
import { invitationQrSvg, invitationUrl } from '../invitations/invitation-link';
import { importPeople, previewPeopleImport } from '../people-import/import-people';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

/** The file travels as base64 in JSON (a third larger); the API's usual 64 KB cap would stop a long list. */
export const PEOPLE_IMPORT_BODY_LIMIT_BYTES = Math.ceil((PEOPLE_IMPORT_MAX_FILE_BYTES * 4) / 3) + 4 * 1024;
/** The paths that carry a file, matched before the body is read (app.ts chooses the body cap by it). */
export const PEOPLE_IMPORT_PATH = /^\/api\/centers\/[^/]+\/people\/import(?:\/preview)?$/;

export interface PeopleImportRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  /** `ORIGIN`: invitation links point there. */
  origin: string;
}

export function peopleImportRoutes({ db, now, origin }: PeopleImportRoutesOptions) {
  /** The center and the uploaded bytes, or the answer refusing them. */
  async function admit(c: Context<ApiEnv>): Promise<{ center: CenterRow; bytes: Uint8Array } | Response> {
    const slug = c.req.param('slug') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me?.role === 'coordinator' ? await findCenterBySlug(db, slug) : null;
    if (!center) return apiError(c, 403, 'forbidden', 'Personen einlesen kann nur die Koordination des Zentrums.');
    const parsed = v.safeParse(peopleImportRequestSchema, c.get('jsonBody'));
    if (!parsed.success) return apiError(c, 400, 'invalid-input', parsed.issues[0].message);
    const bytes = new Uint8Array(Buffer.from(parsed.output.file, 'base64'));
    if (bytes.length > PEOPLE_IMPORT_MAX_FILE_BYTES) {
      return apiError(c, 400, 'invalid-input', 'Die Datei ist zu groß (höchstens 1 MB).');
    }
    return { center, bytes };
  }

  return new Hono<ApiEnv>()
    .post('/preview', requireSignIn, async (c) => {
      const admitted = await admit(c);
      if (admitted instanceof Response) return admitted;
      const outcome = await previewPeopleImport({ db, ...admitted });
      if (!outcome.ok) return apiError(c, 400, 'invalid-input', outcome.message);
      return c.json<PeopleImportPreview>(outcome.preview);
    })
    .post('/', requireSignIn, async (c) => {
      const admitted = await admit(c);
      if (admitted instanceof Response) return admitted;
      const outcome = await importPeople({
        db,
        ...admitted,
        actorUserId: signedIn(c).principal.userId,
        now: now(),
      });
      if (!outcome.ok) return apiError(c, 400, 'invalid-input', outcome.message);
      const created = await Promise.all(
        outcome.created.map(async (person) => {
          const url = invitationUrl(origin, person.token);
          return {
            person: { id: person.personId, firstName: person.firstName, lastName: person.lastName, line: person.line },
            invitation: { id: person.invitationId, url, expiresAt: person.expiresAt },
            qrSvg: await invitationQrSvg(url),
          };
        }),
      );
      return c.json<PeopleImportResult>({ created, existing: outcome.existing, invalid: outcome.invalid }, 201);
    });
}
