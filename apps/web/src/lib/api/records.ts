/**
 * The people records API of issue 5 (`/api/centers/:center/…`, docs/api.md "People records"): Nachweise,
 * absences, the weekly availability, the Nachweise an area requires and the coordinators' list of those
 * that expire soon. Answers are decoded at the boundary; a refusal carries the server's German message.
 */
import {
  parseLocalDate,
  PARTS_OF_DAY,
  QUALIFICATION_KINDS,
  type IsoWeekday,
  type AvailabilitySlot,
  type LocalDate,
  type QualificationKind,
  type QualificationRecord,
} from '@schichtbrett/domain';
import { ApiError } from './centers';

type Fetch = typeof fetch;

/** A stored Nachweis with how long it counts in this center (computed by the server). */
export type QualificationItem = QualificationRecord & {
  id: string;
  validity: 'until' | 'no-expiry' | 'never';
  /** Last day it counts; null when it does not expire or never counts. */
  validUntil: LocalDate | null;
};

export interface AbsenceItem {
  id: string;
  from: LocalDate;
  /** Inclusive. */
  to: LocalDate;
  reason: string | null;
}

export interface ExpiringEntry {
  personId: string;
  displayName: string;
  expiring: { kind: QualificationKind; lastDay: LocalDate }[];
}

export interface ExpiringList {
  today: LocalDate;
  weeks: number;
  people: ExpiringEntry[];
}

/** `refused` carries the server's German message; `unavailable` means no usable answer. */
export type SaveResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'refused'; message: string } | { ok: false; reason: 'unavailable' };

/** A record body as the server takes it (without id and validity). */
export type QualificationInput = QualificationRecord;
export type AbsenceInput = { from: LocalDate; to: LocalDate; reason?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) !== null;
}

function isKind(value: unknown): value is QualificationKind {
  return (QUALIFICATION_KINDS as readonly unknown[]).includes(value);
}

/** The record's facts by kind; null for anything malformed. */
function decodeRecordFacts(value: Record<string, unknown>): QualificationRecord | null {
  switch (value.kind) {
    case 'fuehrungszeugnis': {
      const { inspectedOn, certificateDate, result } = value;
      if (!isDate(inspectedOn) || !isDate(certificateDate)) return null;
      if (result !== 'ohne-eintrag' && result !== 'mit-eintrag') return null;
      return { kind: 'fuehrungszeugnis', inspectedOn, certificateDate, result };
    }
    case 'hygiene':
      return isDate(value.date) ? { kind: 'hygiene', date: value.date } : null;
    case 'fuehrerschein':
      return isDate(value.inspectedOn) ? { kind: 'fuehrerschein', inspectedOn: value.inspectedOn } : null;
    default:
      return null;
  }
}

export function decodeQualification(value: unknown): QualificationItem | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null;
  const facts = decodeRecordFacts(value);
  const { validity, validUntil } = value;
  if (!facts || (validity !== 'until' && validity !== 'no-expiry' && validity !== 'never')) return null;
  if (validity === 'until' && !isDate(validUntil)) return null;
  return { ...facts, id: value.id, validity, validUntil: validity === 'until' ? (validUntil as LocalDate) : null };
}

export function decodeAbsence(value: unknown): AbsenceItem | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !isDate(value.from) || !isDate(value.to)) return null;
  const reason = typeof value.reason === 'string' && value.reason !== '' ? value.reason : null;
  return { id: value.id, from: value.from, to: value.to, reason };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function decodeSlot(value: unknown): AvailabilitySlot | null {
  if (!isRecord(value)) return null;
  const weekday = value.weekday;
  if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) return null;
  const day = weekday as IsoWeekday;
  if (value.kind === 'part-of-day') {
    const part = PARTS_OF_DAY.find((known) => known === value.part);
    return part ? { weekday: day, kind: 'part-of-day', part } : null;
  }
  const { start, end } = value;
  if (value.kind !== 'time' || typeof start !== 'string' || typeof end !== 'string') return null;
  return TIME.test(start) && TIME.test(end) && end > start ? { weekday: day, kind: 'time', start, end } : null;
}

function decodeSlots(value: unknown): AvailabilitySlot[] | null {
  if (!isRecord(value) || !Array.isArray(value.slots)) return null;
  return value.slots.map(decodeSlot).filter((slot): slot is AvailabilitySlot => slot !== null);
}

function decodeKinds(value: unknown): QualificationKind[] | null {
  if (!isRecord(value) || !Array.isArray(value.kinds)) return null;
  return value.kinds.filter(isKind);
}

export function decodeExpiring(value: unknown): ExpiringList | null {
  if (!isRecord(value) || !isDate(value.today) || !Array.isArray(value.people)) return null;
  const people = value.people.flatMap((entry): ExpiringEntry[] => {
    if (!isRecord(entry) || typeof entry.personId !== 'string' || !Array.isArray(entry.expiring)) return [];
    const expiring = entry.expiring.flatMap((item) =>
      isRecord(item) && isKind(item.kind) && isDate(item.lastDay) ? [{ kind: item.kind, lastDay: item.lastDay }] : [],
    );
    const name = typeof entry.displayName === 'string' ? entry.displayName : entry.personId;
    return expiring.length > 0 ? [{ personId: entry.personId, displayName: name, expiring }] : [];
  });
  return { today: value.today, weeks: typeof value.weeks === 'number' ? value.weeks : 8, people };
}

function centerPath(center: string): string {
  return `/api/centers/${encodeURIComponent(center)}`;
}

function personPath(center: string, personId: string, what: string): string {
  return `${centerPath(center)}/people/${encodeURIComponent(personId)}/${what}`;
}

/** GETs and decodes; 401, 403 and anything unusable are thrown as `ApiError` for the page's load. */
async function getDecoded<T>(fetchFn: Fetch, path: string, decode: (body: unknown) => T | null): Promise<T> {
  const response = await fetchFn(path, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  const decoded = response.status === 200 ? decode(body) : null;
  if (decoded === null) throw new ApiError(`unexpected answer from ${path}`, response.status);
  return decoded;
}

async function send<T>(
  fetchFn: Fetch,
  method: string,
  path: string,
  body: unknown,
  decode: (answer: unknown) => T | null,
): Promise<SaveResult<T>> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) {
    const value = decode(answer);
    if (value !== null) return { ok: true, value };
    return { ok: false, reason: 'unavailable' };
  }
  const message = isRecord(answer) && typeof answer.message === 'string' ? answer.message : '';
  if (response.status >= 400 && response.status < 500 && message) return { ok: false, reason: 'refused', message };
  return { ok: false, reason: 'unavailable' };
}

const nothing = (): true => true;

export function fetchQualifications(fetchFn: Fetch, center: string, personId: string): Promise<QualificationItem[]> {
  return getDecoded(fetchFn, personPath(center, personId, 'qualifications'), (body) =>
    isRecord(body) && Array.isArray(body.qualifications)
      ? body.qualifications.map(decodeQualification).filter((q): q is QualificationItem => q !== null)
      : null,
  );
}

export function addQualification(
  fetchFn: Fetch,
  center: string,
  personId: string,
  record: QualificationInput,
): Promise<SaveResult<QualificationItem>> {
  return send(fetchFn, 'POST', personPath(center, personId, 'qualifications'), record, (answer) =>
    isRecord(answer) ? decodeQualification(answer.qualification) : null,
  );
}

export function deleteQualification(
  fetchFn: Fetch,
  center: string,
  personId: string,
  recordId: string,
): Promise<SaveResult<true>> {
  const path = `${personPath(center, personId, 'qualifications')}/${encodeURIComponent(recordId)}`;
  return send(fetchFn, 'DELETE', path, undefined, nothing);
}

export function fetchAbsences(fetchFn: Fetch, center: string, personId: string): Promise<AbsenceItem[]> {
  return getDecoded(fetchFn, personPath(center, personId, 'absences'), (body) =>
    isRecord(body) && Array.isArray(body.absences)
      ? body.absences.map(decodeAbsence).filter((a): a is AbsenceItem => a !== null)
      : null,
  );
}

export function addAbsence(
  fetchFn: Fetch,
  center: string,
  personId: string,
  absence: AbsenceInput,
): Promise<SaveResult<AbsenceItem>> {
  return send(fetchFn, 'POST', personPath(center, personId, 'absences'), absence, (answer) =>
    isRecord(answer) ? decodeAbsence(answer.absence) : null,
  );
}

export function deleteAbsence(
  fetchFn: Fetch,
  center: string,
  personId: string,
  absenceId: string,
): Promise<SaveResult<true>> {
  const path = `${personPath(center, personId, 'absences')}/${encodeURIComponent(absenceId)}`;
  return send(fetchFn, 'DELETE', path, undefined, nothing);
}

export function fetchAvailability(fetchFn: Fetch, center: string, personId: string): Promise<AvailabilitySlot[]> {
  return getDecoded(fetchFn, personPath(center, personId, 'availability'), decodeSlots);
}

/** Replaces all slots; answers them as the server stored them. */
export function saveAvailability(
  fetchFn: Fetch,
  center: string,
  personId: string,
  slots: readonly AvailabilitySlot[],
): Promise<SaveResult<AvailabilitySlot[]>> {
  return send(fetchFn, 'PUT', personPath(center, personId, 'availability'), { slots }, decodeSlots);
}

export function fetchRequirements(fetchFn: Fetch, center: string, areaId: string): Promise<QualificationKind[]> {
  return getDecoded(fetchFn, `${centerPath(center)}/areas/${encodeURIComponent(areaId)}/requirements`, decodeKinds);
}

export function saveRequirements(
  fetchFn: Fetch,
  center: string,
  areaId: string,
  kinds: readonly QualificationKind[],
): Promise<SaveResult<QualificationKind[]>> {
  const path = `${centerPath(center)}/areas/${encodeURIComponent(areaId)}/requirements`;
  return send(fetchFn, 'PUT', path, { kinds }, decodeKinds);
}

export function fetchExpiring(fetchFn: Fetch, center: string, weeks = 8): Promise<ExpiringList> {
  return getDecoded(fetchFn, `${centerPath(center)}/qualifications/expiring?weeks=${weeks}`, decodeExpiring);
}
