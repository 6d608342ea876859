/**
 * /api/centers/:center/…: the people data of issue 5. Qualification records (Nachweise) are written by
 * the center's coordinators and read by them and by the person; absences and the weekly availability are
 * kept by the person themselves or a coordinator; areas declare the qualifications they require
 * (coordinators write, members read); coordinators see whose Nachweise expire soon. Team leads have no
 * extra rights here: like volunteers, they see and keep only their own records. The rules of how long a
 * record counts are the domain's.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import {
  deleteAbsence,
  deleteQualificationRecord,
  findAreaOfCenter,
  findCenterBySlug,
  findPersonOfCenter,
  insertAbsence,
  insertQualificationRecord,
  listAbsencesOfPerson,
  listAvailabilityOfPerson,
  listQualificationRecordsOfCenter,
  listQualificationRecordsOfPerson,
  listRequirementsOfArea,
  replaceAvailabilityOfPerson,
  replaceRequirementsOfArea,
  type CenterRow,
  type Database,
  type StoredAbsence,
  type StoredQualificationRecord,
} from '@schichtbrett/db';
import {
  absenceSchema,
  availabilitySlotSchema,
  DEFAULT_EXPIRY_WARNING_WEEKS,
  displayName,
  expiringWithin,
  membershipIn,
  parseLocalDate,
  QUALIFICATION_KINDS,
  todayIn,
  validityOf,
  type AvailabilitySlot,
  type ExpiringQualification,
  type Membership,
  type QualificationKind,
  type QualificationRecord,
  type QualificationRules,
} from '@schichtbrett/domain';
import { apiError } from './api-error';
import { requireSignIn, signedIn, type ApiEnv } from './api-env';

export interface PersonRecordRoutesOptions {
  db: Kysely<Database>;
  now: () => Date;
}

/** A qualification record as answered: the stored facts, and how long it counts in this center. */
export type QualificationRecordItem = QualificationRecord & {
  id: string;
  createdAt: string;
  /** 'until': counts up to and including `validUntil`; 'no-expiry'; 'never' (Führungszeugnis mit Eintrag). */
  validity: 'until' | 'no-expiry' | 'never';
  /** Last day it counts; null when it does not expire or never counts. */
  validUntil: string | null;
};

export interface AbsenceItem {
  id: string;
  from: string;
  to: string;
  reason: string | null;
}

export interface ExpiringPerson {
  personId: string;
  displayName: string;
  expiring: ExpiringQualification[];
}

export const KIND_LABELS: Readonly<Record<QualificationKind, string>> = {
  fuehrungszeugnis: 'erweitertes Führungszeugnis',
  hygiene: 'Hygienebelehrung',
  fuehrerschein: 'Führerschein',
};

/** German sentences for the domain schemas' codes and for the bodies below. */
const MESSAGES: Readonly<Record<string, string>> = {
  'date-format': 'Ein Datum muss als JJJJ-MM-TT angegeben werden und gültig sein.',
  'time-format': 'Eine Uhrzeit muss als HH:MM angegeben werden.',
  'weekday-range': 'Der Wochentag muss eine Zahl von 1 (Montag) bis 7 (Sonntag) sein.',
  'end-before-start': 'Das Ende eines Zeitfensters muss nach seinem Beginn liegen.',
  'to-before-from': 'Das Ende der Abwesenheit darf nicht vor ihrem Beginn liegen.',
};

const LocalDateField = (name: string) =>
  v.pipe(
    v.string(`${name} fehlt.`),
    v.check((text) => parseLocalDate(text) !== null, `${name} muss ein gültiges Datum (JJJJ-MM-TT) sein.`),
  );

const UNKNOWN_FIELD = 'Nur die vorgesehenen Angaben sind erlaubt (kein Dokument, keine weiteren Felder).';

const QualificationBody = v.variant(
  'kind',
  [
    v.pipe(
      v.strictObject(
        {
          kind: v.literal('fuehrungszeugnis'),
          inspectedOn: LocalDateField('Der Tag der Einsichtnahme'),
          certificateDate: LocalDateField('Das Ausstellungsdatum des Führungszeugnisses'),
          result: v.picklist(
            ['ohne-eintrag', 'mit-eintrag'],
            'Das Ergebnis muss „ohne-eintrag“ oder „mit-eintrag“ sein.',
          ),
        },
        UNKNOWN_FIELD,
      ),
      v.check(
        (record) => record.certificateDate <= record.inspectedOn,
        'Das Ausstellungsdatum darf nicht nach dem Tag der Einsichtnahme liegen.',
      ),
    ),
    v.strictObject({ kind: v.literal('hygiene'), date: LocalDateField('Der Tag der Hygienebelehrung') }, UNKNOWN_FIELD),
    v.strictObject(
      { kind: v.literal('fuehrerschein'), inspectedOn: LocalDateField('Der Tag der Einsichtnahme') },
      UNKNOWN_FIELD,
    ),
  ],
  'Die Art des Nachweises muss „fuehrungszeugnis“, „hygiene“ oder „fuehrerschein“ sein.',
);

const AvailabilityBody = v.object(
  {
    slots: v.pipe(
      v.array(availabilitySlotSchema, 'Die Zeitfenster müssen als Liste („slots“) angegeben werden.'),
      v.maxLength(50, 'Das sind zu viele Zeitfenster (höchstens 50).'),
    ),
  },
  'Die Zeitfenster müssen als Liste („slots“) angegeben werden.',
);

const RequirementsBody = v.object(
  {
    kinds: v.pipe(
      v.array(
        v.picklist(QUALIFICATION_KINDS, 'Nachweise sind „fuehrungszeugnis“, „hygiene“ oder „fuehrerschein“.'),
        'Die Nachweise müssen als Liste („kinds“) angegeben werden.',
      ),
      v.maxLength(10, 'Das sind zu viele Nachweise.'),
    ),
  },
  'Die Nachweise müssen als Liste („kinds“) angegeben werden.',
);

interface Caller {
  center: CenterRow;
  me: Membership;
}

interface Subject extends Caller {
  person: { id: string; first_name: string; last_name: string };
}

function rulesOf(center: CenterRow): QualificationRules {
  return { fuehrungszeugnisYears: center.fuehrungszeugnis_years };
}

export function personRecordRoutes({ db, now }: PersonRecordRoutesOptions) {
  /** The center and the caller's membership in it; otherwise the 403 answer. */
  async function caller(c: Context<ApiEnv>): Promise<Caller | Response> {
    const slug = c.req.param('center') ?? '';
    const me = membershipIn(signedIn(c).principal, slug);
    const center = me ? await findCenterBySlug(db, slug) : null;
    if (!me || !center) return apiError(c, 403, 'forbidden', 'Du gehörst nicht zu diesem Zentrum.');
    return { center, me };
  }

  async function coordinator(c: Context<ApiEnv>, forbidden: string): Promise<Caller | Response> {
    const who = await caller(c);
    if (who instanceof Response) return who;
    if (who.me.role !== 'coordinator') return apiError(c, 403, 'forbidden', forbidden);
    return who;
  }

  /**
   * The person of the path when the caller may act on them: themselves, or anyone of the center when
   * `coordinatorsToo` and the caller coordinates it. Otherwise 403 (or 404 for a coordinator asking for
   * somebody the center does not have).
   */
  async function subject(
    c: Context<ApiEnv>,
    access: { self: boolean; forbidden: string },
  ): Promise<Subject | Response> {
    const who = await caller(c);
    if (who instanceof Response) return who;
    const personId = c.req.param('personId') ?? '';
    const isSelf = who.me.personId === personId;
    if (!(isSelf && access.self) && who.me.role !== 'coordinator') {
      return apiError(c, 403, 'forbidden', access.forbidden);
    }
    const person = await findPersonOfCenter(db, who.center.id, personId);
    if (!person) return apiError(c, 404, 'not-found', 'Diese Person gibt es in diesem Zentrum nicht.');
    return { ...who, person };
  }

  const readQualifications = {
    self: true,
    forbidden: 'Nachweise anderer Personen sieht nur die Koordination des Zentrums.',
  };
  const writeQualifications = {
    self: false,
    forbidden: 'Nachweise eintragen oder löschen kann nur die Koordination des Zentrums.',
  };
  const availabilityAccess = {
    self: true,
    forbidden: 'Abwesenheiten und Verfügbarkeit einer anderen Person pflegt nur die Koordination des Zentrums.',
  };

  return new Hono<ApiEnv>()
    .get('/people/:personId/qualifications', requireSignIn, async (c) => {
      const who = await subject(c, readQualifications);
      if (who instanceof Response) return who;
      const stored = await listQualificationRecordsOfPerson(db, who.person.id);
      return c.json({ qualifications: stored.map((s) => qualificationItem(s, rulesOf(who.center))) });
    })
    .post('/people/:personId/qualifications', requireSignIn, async (c) => {
      const who = await subject(c, writeQualifications);
      if (who instanceof Response) return who;
      const parsed = v.safeParse(QualificationBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      const id = `qualification-${crypto.randomUUID()}`;
      await insertQualificationRecord(db, { id, personId: who.person.id, record: parsed.output });
      const stored = (await listQualificationRecordsOfPerson(db, who.person.id)).find((s) => s.id === id);
      if (!stored) throw new Error(`qualification record ${id} vanished after insert`);
      return c.json({ qualification: qualificationItem(stored, rulesOf(who.center)) }, 201);
    })
    .delete('/people/:personId/qualifications/:recordId', requireSignIn, async (c) => {
      const who = await subject(c, writeQualifications);
      if (who instanceof Response) return who;
      const deleted = await deleteQualificationRecord(db, { personId: who.person.id, id: c.req.param('recordId') });
      if (!deleted) return apiError(c, 404, 'not-found', 'Diesen Nachweis gibt es bei dieser Person nicht.');
      return c.body(null, 204);
    })
    .get('/people/:personId/absences', requireSignIn, async (c) => {
      const who = await subject(c, availabilityAccess);
      if (who instanceof Response) return who;
      const absences = await listAbsencesOfPerson(db, who.person.id);
      return c.json({ absences: absences.map(absenceItem) });
    })
    .post('/people/:personId/absences', requireSignIn, async (c) => {
      const who = await subject(c, availabilityAccess);
      if (who instanceof Response) return who;
      const body = c.get('jsonBody');
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return apiError(c, 400, 'invalid-input', 'Bitte gib Beginn („from“) und Ende („to“) der Abwesenheit an.');
      }
      const parsed = v.safeParse(absenceSchema, { ...body, personId: who.person.id });
      if (!parsed.success)
        return invalidInput(c, parsed.issues, 'Bitte gib Beginn („from“) und Ende („to“) der Abwesenheit an.');
      const reason = parsed.output.reason?.trim();
      const absence: StoredAbsence = {
        id: `absence-${crypto.randomUUID()}`,
        personId: who.person.id,
        from: parsed.output.from,
        to: parsed.output.to,
        ...(reason ? { reason } : {}),
      };
      await insertAbsence(db, absence);
      return c.json({ absence: absenceItem(absence) }, 201);
    })
    .delete('/people/:personId/absences/:absenceId', requireSignIn, async (c) => {
      const who = await subject(c, availabilityAccess);
      if (who instanceof Response) return who;
      const deleted = await deleteAbsence(db, { personId: who.person.id, id: c.req.param('absenceId') });
      if (!deleted) return apiError(c, 404, 'not-found', 'Diese Abwesenheit gibt es bei dieser Person nicht.');
      return c.body(null, 204);
    })
    .get('/people/:personId/availability', requireSignIn, async (c) => {
      const who = await subject(c, availabilityAccess);
      if (who instanceof Response) return who;
      return c.json({ slots: await listAvailabilityOfPerson(db, who.person.id) });
    })
    .put('/people/:personId/availability', requireSignIn, async (c) => {
      const who = await subject(c, availabilityAccess);
      if (who instanceof Response) return who;
      const parsed = v.safeParse(AvailabilityBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues, 'Ein Zeitfenster ist unvollständig oder ungültig.');
      await replaceAvailabilityOfPerson(db, who.person.id, uniqueSlots(parsed.output.slots));
      return c.json({ slots: await listAvailabilityOfPerson(db, who.person.id) });
    })
    .get('/areas/:areaId/requirements', requireSignIn, async (c) => {
      const who = await caller(c);
      if (who instanceof Response) return who;
      const area = await findAreaOfCenter(db, who.center.id, c.req.param('areaId'));
      if (!area) return areaNotFound(c);
      return c.json({ areaId: area.id, kinds: await listRequirementsOfArea(db, area.id) });
    })
    .put('/areas/:areaId/requirements', requireSignIn, async (c) => {
      const who = await coordinator(c, 'Was ein Bereich voraussetzt, legt nur die Koordination des Zentrums fest.');
      if (who instanceof Response) return who;
      const area = await findAreaOfCenter(db, who.center.id, c.req.param('areaId'));
      if (!area) return areaNotFound(c);
      const parsed = v.safeParse(RequirementsBody, c.get('jsonBody'));
      if (!parsed.success) return invalidInput(c, parsed.issues);
      await replaceRequirementsOfArea(db, area.id, parsed.output.kinds);
      return c.json({ areaId: area.id, kinds: await listRequirementsOfArea(db, area.id) });
    })
    .get('/qualifications/expiring', requireSignIn, async (c) => {
      const who = await coordinator(c, 'Ablaufende Nachweise sieht nur die Koordination des Zentrums.');
      if (who instanceof Response) return who;
      const weeksText = c.req.query('weeks');
      const weeks = weeksText === undefined ? DEFAULT_EXPIRY_WARNING_WEEKS : Number(weeksText);
      if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
        return apiError(c, 400, 'invalid-input', '„weeks“ muss eine ganze Zahl von 1 bis 104 sein.');
      }
      const today = todayIn(now(), who.center.time_zone);
      const rules = rulesOf(who.center);
      const people: ExpiringPerson[] = [];
      for (const person of await listQualificationRecordsOfCenter(db, who.center.id)) {
        const expiring = expiringWithin(person.records, today, weeks, rules);
        if (expiring.length === 0) continue;
        people.push({
          personId: person.personId,
          displayName: displayName({ firstName: person.firstName, lastName: person.lastName }),
          expiring,
        });
      }
      people.sort(
        (a, b) =>
          (a.expiring[0]?.lastDay ?? '').localeCompare(b.expiring[0]?.lastDay ?? '') ||
          a.displayName.localeCompare(b.displayName, 'de'),
      );
      return c.json({ today, weeks, people });
    });
}

function qualificationItem(stored: StoredQualificationRecord, rules: QualificationRules): QualificationRecordItem {
  const validity = validityOf(stored.record, rules);
  return {
    ...stored.record,
    id: stored.id,
    createdAt: stored.createdAt,
    validity: validity.kind,
    validUntil: validity.kind === 'until' ? validity.lastDay : null,
  };
}

function absenceItem(absence: StoredAbsence): AbsenceItem {
  return { id: absence.id, from: absence.from, to: absence.to, reason: absence.reason ?? null };
}

function uniqueSlots(slots: readonly AvailabilitySlot[]): AvailabilitySlot[] {
  const seen = new Set<string>();
  return slots.filter((slot) => {
    const key = JSON.stringify(slot);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function areaNotFound(c: Context): Response {
  return apiError(c, 404, 'not-found', 'Diesen Bereich gibt es in diesem Zentrum nicht.');
}

/**
 * 400 with German sentences: the bodies' own messages, the domain schemas' codes translated, and for
 * valibot's English defaults (a wrong type deep inside) the `fallback`.
 */
function invalidInput(
  c: Context,
  issues: readonly v.BaseIssue<unknown>[],
  fallback = 'Die Angaben sind unvollständig oder ungültig.',
): Response {
  const messages = issues.map((issue) => {
    const translated = MESSAGES[issue.message];
    if (translated) return translated;
    return issue.message.startsWith('Invalid ') ? fallback : issue.message;
  });
  return apiError(c, 400, 'invalid-input', [...new Set(messages)].join(' '));
}
