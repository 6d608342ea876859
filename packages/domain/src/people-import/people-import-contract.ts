/**
 * The wire shapes of the people import (issue 12): the upload, the preview of what would happen and the
 * answer of the confirmed import. The server answers with them, the web decodes with them.
 */
import * as v from 'valibot';
import { ROLES } from '../permissions';

/** Largest file accepted, in bytes: thousands of rows, far more than a center has people. */
export const PEOPLE_IMPORT_MAX_FILE_BYTES = 1024 * 1024;
/** Most people in one import: a long list is better checked in parts. */
export const PEOPLE_IMPORT_MAX_ROWS = 1000;

/** The file as sent: its bytes in base64, so the server sees them unchanged and detects the encoding. */
export const peopleImportRequestSchema = v.object({
  file: v.pipe(
    v.string('Bitte wähle eine CSV-Datei aus.'),
    v.nonEmpty('Die Datei ist leer.'),
    v.maxLength(Math.ceil(PEOPLE_IMPORT_MAX_FILE_BYTES / 3) * 4, 'Die Datei ist zu groß (höchstens 1 MB).'),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Die Datei kam nicht vollständig an. Bitte lade sie noch einmal hoch.'),
  ),
});
export type PeopleImportRequest = v.InferOutput<typeof peopleImportRequestSchema>;

export const IMPORT_ROW_STATUSES = ['new', 'existing', 'invalid'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

export const peopleImportRowSchema = v.object({
  /** The line in the file, as the spreadsheet numbers it (the header is line 1). */
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** new: will be created; existing: someone of the center has this address (or name); invalid: see problems. */
  status: v.picklist(IMPORT_ROW_STATUSES),
  firstName: v.string(),
  lastName: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  role: v.picklist(ROLES),
  /** The areas as the center names them (only a team lead keeps them). */
  areaNames: v.array(v.string()),
  areaIds: v.array(v.string()),
  /** German sentences, each starting with "Zeile n:". */
  problems: v.array(v.string()),
});
export type PeopleImportRow = v.InferOutput<typeof peopleImportRowSchema>;

export const peopleImportPreviewSchema = v.object({
  encoding: v.picklist(['utf-8', 'windows-1252'] as const),
  delimiter: v.picklist([';', ',', '\t'] as const),
  rows: v.array(peopleImportRowSchema),
  counts: v.object({
    new: v.number(),
    existing: v.number(),
    invalid: v.number(),
  }),
});
export type PeopleImportPreview = v.InferOutput<typeof peopleImportPreviewSchema>;

export const importedInvitationSchema = v.object({
  person: v.object({ id: v.string(), firstName: v.string(), lastName: v.string(), line: v.number() }),
  invitation: v.object({ id: v.string(), url: v.string(), expiresAt: v.string() }),
  /** The link as a QR code, drawn by the server from the link alone. */
  qrSvg: v.string(),
});
export type ImportedInvitation = v.InferOutput<typeof importedInvitationSchema>;

export const peopleImportResultSchema = v.object({
  /** Everyone created, each with the invitation made in the same step. */
  created: v.array(importedInvitationSchema),
  existing: v.number(),
  invalid: v.number(),
});
export type PeopleImportResult = v.InferOutput<typeof peopleImportResultSchema>;

/** The preview as the web reads it, or null when the answer has another shape. */
export function decodePeopleImportPreview(value: unknown): PeopleImportPreview | null {
  const result = v.safeParse(peopleImportPreviewSchema, value);
  return result.success ? result.output : null;
}

export function decodePeopleImportResult(value: unknown): PeopleImportResult | null {
  const result = v.safeParse(peopleImportResultSchema, value);
  return result.success ? result.output : null;
}
