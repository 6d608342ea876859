/**
 * From the uploaded bytes to what the import would do, row by row, without writing anything: decode,
 * split, match columns, check each row by the same rules as the people form, and match people the center
 * has already (by e-mail address, or by name when a row has none) so a second import creates nobody twice.
 */
import * as v from 'valibot';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, PHONE_MAX_LENGTH, PHONE_PATTERN } from '../contact-rules';
import type { Role } from '../permissions';
import { NAME_RULE, visibleText } from '../visible-text';
import { csvRecords } from './csv-records';
import { decodeCsvBytes } from './decode-csv-bytes';
import { headerKey, matchHeaders, type ColumnMap } from './header-match';
import { PEOPLE_IMPORT_MAX_ROWS, type PeopleImportPreview, type PeopleImportRow } from './people-import-contract';

export interface ImportArea {
  id: string;
  name: string;
}

/** Someone the center has: the person's contact address, the account's address if linked, and the name. */
export interface KnownPerson {
  firstName: string;
  lastName: string;
  emails: readonly string[];
}

export interface PlanPeopleImportInput {
  bytes: Uint8Array;
  areas: readonly ImportArea[];
  people: readonly KnownPerson[];
}

export type PlanPeopleImportOutcome = { ok: true; preview: PeopleImportPreview } | { ok: false; message: string };

const FirstName = visibleText({ ...NAME_RULE, label: 'Der Vorname', missing: 'Der Vorname fehlt.' });
const LastName = visibleText({ ...NAME_RULE, label: 'Der Nachname', missing: 'Der Nachname fehlt.' });

const ROLE_WORDS: Record<string, Role> = Object.fromEntries([
  ...['ehrenamt', 'ehrenamtlich', 'ehrenamtliche', 'ehrenamtlicher', 'freiwillig', 'freiwillige', 'freiwilliger'].map(
    (word) => [word, 'volunteer' as const],
  ),
  ...['bereichsleitung', 'bereichsleiter', 'bereichsleiterin', 'teamleitung', 'leitung'].map((word) => [
    word,
    'team-lead' as const,
  ]),
  ...['koordination', 'koordinator', 'koordinatorin'].map((word) => [word, 'coordinator' as const]),
]);

export function planPeopleImport({ bytes, areas, people }: PlanPeopleImportInput): PlanPeopleImportOutcome {
  const { text, encoding } = decodeCsvBytes(bytes);
  const { delimiter, records } = csvRecords(text);
  const [header, ...body] = records;
  if (!header || body.length === 0) {
    return { ok: false, message: 'In der Datei stehen keine Personen. Die erste Zeile braucht die Spaltennamen.' };
  }
  const columns = matchHeaders(header.cells);
  const hasName = columns.fullName !== undefined || (columns.firstName !== undefined && columns.lastName !== undefined);
  if (!hasName) {
    return {
      ok: false,
      message:
        'Die erste Zeile braucht Spalten „Vorname“ und „Nachname“ (oder „Name“). Gefunden: ' +
        `${header.cells.map((cell) => `„${cell.trim()}“`).join(', ')}.`,
    };
  }
  if (body.length > PEOPLE_IMPORT_MAX_ROWS) {
    return {
      ok: false,
      message: `Die Datei hat ${body.length} Zeilen; höchstens ${PEOPLE_IMPORT_MAX_ROWS} auf einmal.`,
    };
  }

  const areaByKey = new Map(areas.map((area) => [headerKey(area.name), area]));
  const knownEmails = new Set(people.flatMap((person) => person.emails.map(normalizeAddress)));
  const knownNames = new Set(people.map(nameKey));
  const seenEmails = new Map<string, number>();
  const seenNames = new Map<string, number>();

  const rows = body.map(({ line, cells }) => {
    const row = checkRow(line, cells, columns, areaByKey);
    if (row.status === 'invalid') return row;
    // Within the file: the first row with an address (or, without one, a name) wins; later ones are refused.
    const [seen, key] = row.email ? [seenEmails, row.email] : [seenNames, nameKey(row)];
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = row.email ? 'Diese E-Mail-Adresse' : 'Diese Person';
      return {
        ...row,
        status: 'invalid' as const,
        problems: [`Zeile ${line}: ${what} steht schon in Zeile ${earlier}.`],
      };
    }
    seen.set(key, line);
    const known = row.email ? knownEmails.has(row.email) : knownNames.has(nameKey(row));
    return known ? { ...row, status: 'existing' as const } : row;
  });
  const count = (status: PeopleImportRow['status']) => rows.filter((row) => row.status === status).length;
  return {
    ok: true,
    preview: {
      encoding,
      delimiter,
      rows,
      counts: { new: count('new'), existing: count('existing'), invalid: count('invalid') },
    },
  };
}

function checkRow(
  line: number,
  cells: readonly string[],
  columns: ColumnMap,
  areaByKey: ReadonlyMap<string, ImportArea>,
): PeopleImportRow {
  const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
  const problems: string[] = [];
  const problem = (sentence: string) => problems.push(`Zeile ${line}: ${sentence}`);

  let first = cell(columns.firstName);
  let last = cell(columns.lastName);
  if (columns.fullName !== undefined) [first, last] = splitFullName(cell(columns.fullName));
  const firstName = v.safeParse(FirstName, first);
  const lastName = v.safeParse(LastName, last);
  if (!firstName.success) problem(firstName.issues[0].message);
  if (!lastName.success) problem(lastName.issues[0].message);

  const emailText = cell(columns.email);
  const email = emailText === '' ? null : normalizeAddress(emailText);
  if (email !== null) {
    const emailProblem = emailProblemOf(email);
    if (emailProblem) problem(emailProblem);
  }

  const phone = cell(columns.phone) || null;
  if (phone !== null && (!PHONE_PATTERN.test(phone) || phone.length > PHONE_MAX_LENGTH)) {
    problem(
      `Die Telefonnummer „${phone}“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten (höchstens ${PHONE_MAX_LENGTH}).`,
    );
  }

  const roleText = cell(columns.role);
  const role = roleText === '' ? 'volunteer' : ROLE_WORDS[headerKey(roleText)];
  if (role === undefined) {
    problem(`Die Rolle „${roleText}“ kenne ich nicht. Möglich sind Ehrenamt, Bereichsleitung und Koordination.`);
  }

  const areaNames: string[] = [];
  const areaIds: string[] = [];
  for (const name of areaNamesIn(cell(columns.areas), areaByKey)) {
    const area = areaByKey.get(headerKey(name));
    if (!area) problem(`Den Bereich „${name}“ gibt es in diesem Zentrum nicht.`);
    else if (!areaIds.includes(area.id)) {
      areaNames.push(area.name);
      areaIds.push(area.id);
    }
  }

  return {
    line,
    status: problems.length > 0 ? 'invalid' : 'new',
    firstName: firstName.success ? firstName.output : first,
    lastName: lastName.success ? lastName.output : last,
    email,
    phone,
    role: role ?? 'volunteer',
    areaNames,
    areaIds,
    problems,
  };
}

/**
 * The area names of a cell, separated by `,` or `/`; a part that names an area as a whole stays whole, so
 * "Café/Offener Treff, Kinderbetreuung" is two areas, not three.
 */
function areaNamesIn(text: string, areaByKey: ReadonlyMap<string, ImportArea>): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => (areaByKey.has(headerKey(part)) ? [part] : part.split('/').map((name) => name.trim())))
    .filter(Boolean);
}

function emailProblemOf(email: string): string | null {
  if (!email.includes('@')) return 'Der E-Mail-Adresse fehlt das @.';
  if (email.length > EMAIL_MAX_LENGTH) return 'Die E-Mail-Adresse ist zu lang.';
  if (!EMAIL_PATTERN.test(email)) return `Die E-Mail-Adresse „${email}“ sieht nicht richtig aus.`;
  return null;
}

/** "Anna Maria Schmidt" → Anna Maria / Schmidt: the family name is the last word, as lists write it. */
function splitFullName(text: string): [string, string] {
  const cut = text.lastIndexOf(' ');
  return cut < 0 ? [text, ''] : [text.slice(0, cut).trim(), text.slice(cut + 1)];
}

function normalizeAddress(email: string): string {
  return email.trim().toLowerCase();
}

function nameKey(person: { firstName: string; lastName: string }): string {
  return `${headerKey(person.firstName)} ${headerKey(person.lastName)}`;
}
