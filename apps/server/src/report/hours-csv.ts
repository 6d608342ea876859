/**
 * The hours report as a CSV file a German office opens with a double click (ADR 0017): UTF-8 with a BOM
 * (Excel otherwise reads it as Windows-1252), `;` as separator and a decimal comma (what Excel and
 * LibreOffice expect in a German locale), CRLF line ends (RFC 4180). One file, sections with a title row
 * each, so it prints and files as one document.
 */
import { monthsOfPeriod, weekLabelOf, type HoursReport, type ReportPeriod } from '@schichtbrett/domain';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const CRLF = '\r\n';

/** Hours with two decimals and a decimal comma: 90 min → "1,50". */
export function hoursCell(minutes: number): string {
  return (minutes / 60).toFixed(2).replace('.', ',');
}

/** A coverage rate as percent with one decimal, "75,0"; empty when nothing was needed. */
export function percentCell(rate: number | null): string {
  return rate === null ? '' : (rate * 100).toFixed(1).replace('.', ',');
}

/**
 * A cell a spreadsheet would run as a formula (CSV injection, OWASP): = + - @ (also their full-width forms,
 * which some spreadsheets read as such) first, or after leading blanks, or a leading tab or line break.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
/** Control characters other than tab and line breaks have no business in a cell (and confuse importers). */
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]/gu;

/**
 * A text cell from user input (every name the report holds goes through here): a would-be formula gets an
 * apostrophe; a separator, quote or line break needs quotes, with quotes doubled.
 */
export function textCell(text: string): string {
  const clean = text.replace(CONTROL_BUT_LINES, '');
  const safe = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** "11/2026" as German offices write a month. */
function monthLabel(month: string): string {
  return `${month.slice(5)}/${month.slice(0, 4)}`;
}

function coverageRow(label: string, a: HoursReport['totals']): string[] {
  return [
    label,
    String(a.shifts),
    String(a.shiftsCovered),
    String(a.neededPlaces),
    String(a.filledPlaces),
    percentCell(a.coverageRate),
    hoursCell(a.openMinutesCovered),
  ];
}

export interface HoursCsvInput {
  centerName: string;
  period: ReportPeriod;
  report: HoursReport;
  unfinalizedWeeks: readonly string[];
}

export function hoursReportCsv({ centerName, period, report, unfinalizedWeeks }: HoursCsvInput): string {
  const months = monthsOfPeriod(period);
  const rows: string[][] = [
    ['Stundenbericht', textCell(centerName)],
    ['Zeitraum', `${monthLabel(period.from)} bis ${monthLabel(period.to)}`],
    ['Nur abgeschlossene Wochen', unfinalizedWeeks.length === 0 ? 'alle abgeschlossen' : 'unvollständig'],
    ['Noch nicht abgeschlossen', ...unfinalizedWeeks.map(weekLabelOf)],
    [],
    ['Stunden je Bereich und Monat'],
    ['Bereich', ...months.map(monthLabel), 'Summe'],
    ...report.areas.map((area) => [
      textCell(area.areaName),
      ...months.map((m) => hoursCell(area.minutesByMonth[m] ?? 0)),
      hoursCell(area.minutes),
    ]),
    ['Summe', ...months.map((m) => hoursCell(report.totals.minutesByMonth[m] ?? 0)), hoursCell(report.totals.minutes)],
    [],
    ['Stunden je Person und Jahr'],
    ['Person', 'Jahr', 'Stunden', 'Schichten'],
    ...report.people.map((p) => [textCell(p.personName), p.year, hoursCell(p.minutes), String(p.shifts)]),
    [],
    ['Besetzung je Bereich'],
    [
      'Bereich',
      'Schichten',
      'Schichten besetzt',
      'Plätze Soll',
      'Plätze besetzt',
      'Besetzungsquote (%)',
      'Öffnungsstunden abgedeckt',
    ],
    ...report.areas.map((area) => coverageRow(textCell(area.areaName), area)),
    coverageRow('Summe', report.totals),
  ];
  return BOM + rows.map((cells) => cells.join(SEPARATOR)).join(CRLF) + CRLF;
}
