/**
 * The people import (docs/api.md#people-import): the chosen file's bytes go to the server unchanged (as
 * base64 in JSON), which detects the encoding and answers a preview, or imports. Decoded at the boundary.
 */
import {
  decodePeopleImportPreview,
  decodePeopleImportResult,
  type PeopleImportPreview,
  type PeopleImportResult,
} from '@schichtbrett/domain';

type Fetch = typeof fetch;

export type ImportCallResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'refused'; message: string } | { ok: false; reason: 'unavailable' };

/** Base64 of the bytes, in slices: spreading a megabyte into one `fromCharCode` call overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

async function postFile<T>(
  fetchFn: Fetch,
  path: string,
  bytes: Uint8Array,
  decode: (value: unknown) => T | null,
): Promise<ImportCallResult<T>> {
  const response = await fetchFn(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ file: bytesToBase64(bytes) }),
  }).catch(() => null);
  if (!response) return { ok: false, reason: 'unavailable' };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const value = decode(body);
    return value === null ? { ok: false, reason: 'unavailable' } : { ok: true, value };
  }
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : null;
  if (response.status >= 500 || message === null) return { ok: false, reason: 'unavailable' };
  return { ok: false, reason: 'refused', message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const importPath = (center: string) => `/api/centers/${encodeURIComponent(center)}/people/import`;

/** What the file would do; the server writes nothing. */
export function previewPeopleImport(fetchFn: Fetch, center: string, bytes: Uint8Array) {
  return postFile<PeopleImportPreview>(fetchFn, `${importPath(center)}/preview`, bytes, decodePeopleImportPreview);
}

/** Creates the new people with their invitations, in one step. */
export function confirmPeopleImport(fetchFn: Fetch, center: string, bytes: Uint8Array) {
  return postFile<PeopleImportResult>(fetchFn, importPath(center), bytes, decodePeopleImportResult);
}
