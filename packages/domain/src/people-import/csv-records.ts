/**
 * CSV text into records with the line number a spreadsheet shows, by Papa Parse (quotes, `;` inside
 * quotes, CRLF). The separator is guessed among `;` (German Excel), `,` and tab.
 */
import Papa from 'papaparse';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecords {
  delimiter: CsvDelimiter;
  /** Every record with its 1-based line number; empty lines are left out. */
  records: { line: number; cells: string[] }[];
}

const DELIMITERS: CsvDelimiter[] = [';', ',', '\t'];

export function csvRecords(text: string): CsvRecords {
  // Guessed without empty lines (they would count as rows of one field); parsed with them, to count lines.
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 20 });
  const delimiter = DELIMITERS.find((candidate) => candidate === guess.meta.delimiter) ?? ';';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records: CsvRecords['records'] = [];
  let line = 1;
  for (const cells of parsed.data) {
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line, cells });
    // A quoted cell may span lines: the next record starts that many lines further down.
    line += 1 + cells.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return { delimiter, records };
}
