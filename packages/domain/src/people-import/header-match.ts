/**
 * Which column is which, from header names as people write them: "E-Mail-Adresse", "Mail", "Tel.",
 * "Handy", "Vorname " … compared without case, blanks, punctuation and umlaut spelling.
 */

export type ImportColumn = 'firstName' | 'lastName' | 'fullName' | 'email' | 'phone' | 'role' | 'areas';

const NAMES: Record<ImportColumn, readonly string[]> = {
  firstName: ['vorname', 'rufname'],
  lastName: ['nachname', 'familienname', 'zuname'],
  fullName: ['name', 'vollername', 'person'],
  email: ['email', 'mail', 'emailadresse', 'mailadresse', 'emailaddresse'],
  phone: ['telefon', 'tel', 'telefonnummer', 'telnr', 'handy', 'handynummer', 'mobil', 'mobilnummer', 'mobiltelefon'],
  role: ['rolle', 'funktion'],
  areas: ['bereiche', 'bereich'],
};

/** Lower case, umlauts as their two-letter spelling, nothing but letters and digits: "E-Mail " → "email". */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const COLUMN_OF_KEY = new Map<string, ImportColumn>(
  Object.entries(NAMES).flatMap(([column, names]) => names.map((name) => [name, column as ImportColumn])),
);

/** Column index per known column; the first column of a kind wins, unknown headers are ignored. */
export type ColumnMap = Partial<Record<ImportColumn, number>>;

export function matchHeaders(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((header, index) => {
    const column = COLUMN_OF_KEY.get(headerKey(header));
    if (column !== undefined && map[column] === undefined) map[column] = index;
  });
  // "Name" beside "Vorname" is the family name, as German lists write it.
  if (map.fullName !== undefined && map.firstName !== undefined && map.lastName === undefined) {
    map.lastName = map.fullName;
    delete map.fullName;
  }
  return map;
}
