import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';
import { decodeCsvBytes } from './decode-csv-bytes';
import { matchHeaders } from './header-match';
import { planPeopleImport, type PlanPeopleImportInput } from './plan-people-import';

const AREAS = [
  { id: 'cafe', name: 'Café/Offener Treff' },
  { id: 'kinder', name: 'Kinderbetreuung' },
  { id: 'fruehstueck', name: 'Frühstück' },
];
const utf8 = (text: string) => new TextEncoder().encode(text);

function plan(bytes: Uint8Array, extra: Partial<PlanPeopleImportInput> = {}) {
  const outcome = planPeopleImport({ bytes, areas: AREAS, people: [], ...extra });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.preview;
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(utf8('Jürgen'))).toEqual({ text: 'Jürgen', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Özlem')]))).toEqual({
      text: 'Özlem',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 when the bytes are no UTF-8 (ü is 0xFC, ß 0xDF, € 0x80)', () => {
    expect(decodeCsvBytes(new Uint8Array([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20, 0xdf, 0x80]))).toEqual({
      text: 'Jürgen ß€',
      encoding: 'windows-1252',
    });
  });
});

describe('matchHeaders', () => {
  it('matches names loosely: case, blanks, punctuation and umlaut spelling', () => {
    expect(matchHeaders([' VORNAME ', 'Nach-Name', 'E-Mail-Adresse', 'Tel.', 'rolle', 'Bereich', 'Notiz'])).toEqual({
      firstName: 0,
      lastName: 1,
      email: 2,
      phone: 3,
      role: 4,
      areas: 5,
    });
    expect(matchHeaders(['Name', 'Mail', 'Handy'])).toEqual({ fullName: 0, email: 1, phone: 2 });
  });

  it('reads "Name" beside "Vorname" as the family name', () => {
    expect(matchHeaders(['Vorname', 'Name'])).toEqual({ firstName: 0, lastName: 1 });
  });
});

describe('csvRecords', () => {
  it('guesses ; , and tab, keeps ; inside quotes and counts lines as a spreadsheet does', () => {
    expect(csvRecords('a;b\r\n"x; y";z\r\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x; y', 'z'] },
    ]);
    expect(csvRecords('a,b\n1,2\n').delimiter).toBe(',');
    expect(csvRecords('a\tb\n1\t2\n').delimiter).toBe('\t');
    expect(csvRecords('a;b\n\n;\n"two\nlines";c\nlast;d').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['two\nlines', 'c'] },
      { line: 6, cells: ['last', 'd'] },
    ]);
  });
});

describe('planPeopleImport', () => {
  const fixture = readFileSync(new URL('./fixtures/ehrenamt-windows-1252.csv', import.meta.url));

  it('reads a Windows-1252 file full of umlauts, flags known people and explains each bad row', () => {
    const preview = plan(fixture, {
      people: [{ firstName: 'Anna', lastName: 'Koch', emails: ['Koordination@demo.test'] }],
    });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.delimiter).toBe(';');
    expect(preview.counts).toEqual({ new: 3, existing: 1, invalid: 1 });
    expect(preview.rows.map((row) => [row.line, row.status, row.firstName, row.lastName])).toEqual([
      [2, 'new', 'Jürgen', 'Weiß'],
      [3, 'new', 'Özlem', 'Çelik'],
      [5, 'new', 'Renée', 'Müller'],
      [6, 'invalid', 'Brigitte', 'Groß-Schäfer'],
      [7, 'existing', 'Anna', 'Koch'],
    ]);
    expect(preview.rows[0]).toMatchObject({ email: 'jürgen@beispiel.de', phone: '0171 2345678', role: 'volunteer' });
    expect(preview.rows[1]).toMatchObject({
      role: 'team-lead',
      areaIds: ['cafe', 'kinder', 'fruehstueck'],
      areaNames: ['Café/Offener Treff', 'Kinderbetreuung', 'Frühstück'],
    });
    expect(preview.rows[3]?.problems).toEqual(['Zeile 6: Der E-Mail-Adresse fehlt das @.']);
    expect(preview.rows[4]?.role).toBe('coordinator');
  });

  it('gives the same result for the same list saved as UTF-8 with BOM and separated by commas', () => {
    const text = new TextDecoder('windows-1252')
      .decode(fixture)
      .replaceAll(';', ',')
      .replace('Café/Offener Treff, Kinderbetreuung / Frühstück', '"Café/Offener Treff, Kinderbetreuung / Frühstück"');
    const preview = plan(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.delimiter).toBe(',');
    expect(preview.rows.map((row) => row.status)).toEqual(['new', 'new', 'new', 'invalid', 'new']);
    expect(preview.rows[1]?.areaIds).toEqual(['cafe', 'kinder', 'fruehstueck']);
  });

  it('splits a full "Name" column and matches people without an address by name', () => {
    const preview = plan(utf8('Name;Telefon\nAnna Maria Schmidt;\nJürgen Weiß;\n'), {
      people: [{ firstName: 'jürgen', lastName: 'WEISS', emails: [] }],
    });
    expect(preview.rows.map((row) => [row.firstName, row.lastName, row.status])).toEqual([
      ['Anna Maria', 'Schmidt', 'new'],
      ['Jürgen', 'Weiß', 'existing'],
    ]);
  });

  it('refuses a second row with the same address or, without one, the same name', () => {
    const preview = plan(utf8('Vorname;Nachname;E-Mail\nA;B;a@b.de\nC;D;A@B.de \nE;F;\nE;F;\n'));
    expect(preview.rows.map((row) => [row.status, row.problems])).toEqual([
      ['new', []],
      ['invalid', ['Zeile 3: Diese E-Mail-Adresse steht schon in Zeile 2.']],
      ['new', []],
      ['invalid', ['Zeile 5: Diese Person steht schon in Zeile 4.']],
    ]);
  });

  it('puts names through the text rule and explains unknown roles, areas and phone numbers', () => {
    const preview = plan(utf8('Vorname;Nachname;Rolle;Bereiche;Tel.\nEv\u202Eil;X;Chefin;Garten;0171 abc\n;Y;;;\n'));
    expect(preview.rows[0]?.problems).toEqual([
      'Zeile 2: Der Vorname enthält unsichtbare Zeichen, die die Schreibrichtung ändern. Die sind hier nicht erlaubt.',
      'Zeile 2: Die Telefonnummer „0171 abc“ darf nur Ziffern, Leerzeichen und + ( ) / - enthalten (höchstens 40).',
      'Zeile 2: Die Rolle „Chefin“ kenne ich nicht. Möglich sind Ehrenamt, Bereichsleitung und Koordination.',
      'Zeile 2: Den Bereich „Garten“ gibt es in diesem Zentrum nicht.',
    ]);
    expect(preview.rows[1]?.problems).toEqual(['Zeile 3: Der Vorname fehlt.']);
  });

  it('refuses a file without name columns or without rows, in German', () => {
    expect(planPeopleImport({ bytes: utf8('Mail;Telefon\na@b.de;1\n'), areas: [], people: [] })).toEqual({
      ok: false,
      message: 'Die erste Zeile braucht Spalten „Vorname“ und „Nachname“ (oder „Name“). Gefunden: „Mail“, „Telefon“.',
    });
    expect(planPeopleImport({ bytes: utf8('\n\n'), areas: [], people: [] })).toMatchObject({ ok: false });
  });
});
