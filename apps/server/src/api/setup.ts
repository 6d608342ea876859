/**
 * /api/setup: the first run. While the installation has no center, whoever has the setup code the server
 * printed at start may create the first center with its first coordinator, and is signed in as them;
 * afterwards both routes answer 404.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { countCenters, normalizeEmail, type Database } from '@schichtbrett/db';
import { clientAddress, type AddressSource } from '../auth/client-address';
import {
  recordLoginFailure,
  recordLoginSuccess,
  secondsUntilAllowed,
  setupCodeThrottleKeys,
  waitInWords,
} from '../auth/login-throttle';
import { NAME_RULE, visibleText } from '@schichtbrett/domain';
import type { PasswordHasher } from '../auth/password';
import type { SetupCodeGate } from '../auth/setup-code';
import { loadPrincipal } from '../auth/principal';
import { startSession } from '../auth/start-session';
import { apiError } from './api-error';
import type { ApiEnv } from './api-env';
import { GERMAN_STATE_CODES } from './german-states';
import type { RoomRegistry } from '../sync';

export interface SetupRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
  passwords: PasswordHasher;
  secureCookie: boolean;
  /** The replaced session's sockets end with it. */
  rooms: Pick<RoomRegistry, 'endSessionConnections'>;
  /** The code printed at start while setup is pending; null refuses every attempt. */
  setupCode: SetupCodeGate | null;
  /** Where the throttle of wrong codes reads the client's address. */
  addressSource: AddressSource;
}

export const PASSWORD_MIN_LENGTH = 10;

/** A name: the shared text rule (NFC, one visible line, no control or direction characters). */
const name = (label: string, field: string, max: number) =>
  visibleText({ ...NAME_RULE, max, label, missing: `Bitte gib ${field} an.` });

const SetupBody = v.object({
  centerName: name('Der Name des Zentrums', 'den Namen des Zentrums', 120),
  centerSlug: v.pipe(
    v.string('Bitte gib eine Kurzadresse an.'),
    v.trim(),
    v.toLowerCase(),
    v.regex(
      /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
      'Die Kurzadresse darf nur kleine Buchstaben (ohne Umlaute), Ziffern und Bindestriche enthalten (höchstens 40 Zeichen).',
    ),
  ),
  stateCode: v.picklist(GERMAN_STATE_CODES, 'Bitte wähle ein Bundesland.'),
  firstName: name('Dein Vorname', 'deinen Vornamen', 80),
  lastName: name('Dein Nachname', 'deinen Nachnamen', 80),
  email: v.pipe(
    v.string('Bitte gib deine E-Mail-Adresse an.'),
    v.trim(),
    v.maxLength(254, 'Die E-Mail-Adresse ist zu lang.'),
    v.email('Bitte gib eine gültige E-Mail-Adresse an.'),
  ),
  password: v.pipe(
    v.string('Bitte wähle ein Passwort.'),
    v.minLength(PASSWORD_MIN_LENGTH, `Das Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`),
    v.maxLength(1024, 'Das Passwort ist zu lang.'),
  ),
});

export type SetupField = keyof v.InferInput<typeof SetupBody>;

const GONE_MESSAGE = 'Schichtbrett ist schon eingerichtet.';
export const WRONG_SETUP_CODE_MESSAGE =
  'Der Einrichtungscode stimmt nicht. Du findest ihn im Protokoll des Servers (beim Start ausgegeben) und in der Datei setup-code.txt in seinem Datenordner.';

/** The code travels in the same JSON body as the form; it is checked before anything else is looked at. */
function setupCodeOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || !('setupCode' in body)) return '';
  return typeof body.setupCode === 'string' ? body.setupCode : '';
}

export function setupRoutes(options: SetupRoutesOptions) {
  const { db, now, passwords, secureCookie, rooms, setupCode, addressSource } = options;
  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      if ((await countCenters(db)) > 0) return apiError(c, 404, 'not-found', GONE_MESSAGE);
      return c.json({ needed: true });
    })
    .post('/', async (c) => {
      if ((await countCenters(db)) > 0) return apiError(c, 404, 'not-found', GONE_MESSAGE);
      const keys = setupCodeThrottleKeys(clientAddress(c, addressSource));
      const wait = await secondsUntilAllowed(db, keys, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        const message = `Zu viele falsche Einrichtungscodes. Bitte warte ${waitInWords(wait)} und versuche es dann noch einmal.`;
        return apiError(c, 429, 'rate-limited', message, { retryAfterSeconds: wait });
      }
      if (!setupCode?.matches(setupCodeOf(c.get('jsonBody')))) {
        await recordLoginFailure(db, keys, now());
        return apiError(c, 403, 'setup-code-invalid', WRONG_SETUP_CODE_MESSAGE);
      }
      const parsed = v.safeParse(SetupBody, c.get('jsonBody'));
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.issues) {
          const key = v.getDotPath(issue);
          if (key && !(key in fields)) fields[key] = issue.message;
        }
        return apiError(c, 400, 'invalid-input', parsed.issues.map((issue) => issue.message).join(' '), { fields });
      }
      const input = parsed.output;
      const passwordHash = await passwords.hash(input.password);
      const userId = `user-${crypto.randomUUID()}`;
      // The check and the inserts share one transaction: of two racing requests, exactly one creates.
      const created = await db.transaction().execute(async (trx) => {
        if ((await countCenters(trx)) > 0) return false;
        const center = await trx
          .insertInto('centers')
          .values({
            slug: input.centerSlug,
            name: input.centerName,
            time_zone: 'Europe/Berlin',
            state_code: input.stateCode,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const email = normalizeEmail(input.email);
        await trx.insertInto('users').values({ id: userId, email, password_hash: passwordHash }).execute();
        await trx
          .insertInto('people')
          .values({
            id: crypto.randomUUID(),
            center_id: center.id,
            first_name: input.firstName,
            last_name: input.lastName,
            email,
            phone: null,
            user_id: userId,
            role: 'coordinator',
          })
          .execute();
        return true;
      });
      if (!created) return apiError(c, 404, 'not-found', GONE_MESSAGE);
      setupCode.consume();
      await recordLoginSuccess(db, keys);
      const principal = await loadPrincipal(db, userId);
      if (!principal) throw new Error('the coordinator just created has no account');
      await startSession(c, { db, userId, now: now(), secureCookie, rooms });
      return c.json(
        { user: { id: principal.userId, email: principal.email }, memberships: principal.memberships },
        201,
      );
    });
}
