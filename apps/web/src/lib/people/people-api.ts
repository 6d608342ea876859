/**
 * The server's people management API (`/api/centers/:slug/people`, docs/api.md), for coordinators,
 * decoded at the boundary. Expected failures (bad input, the last coordinator) are values carrying the
 * server's German message.
 */
import { isRole, type ManagedPerson, type Role } from '@schichtbrett/domain';
import { ApiError } from '$lib/api/centers';

type Fetch = typeof fetch;

export type { ManagedPerson };

export interface PersonInput {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  areaIds: string[];
}

export type PersonSaveResult =
  | { ok: true; person: ManagedPerson }
  | { ok: false; reason: 'refused'; message: string }
  | { ok: false; reason: 'unavailable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function decodeManagedPerson(value: unknown): ManagedPerson | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !isRole(value.role)) return null;
  const firstName = typeof value.firstName === 'string' ? value.firstName : '';
  const lastName = typeof value.lastName === 'string' ? value.lastName : '';
  return {
    id: value.id,
    firstName,
    lastName,
    displayName: typeof value.displayName === 'string' ? value.displayName : firstName,
    email: textOrNull(value.email),
    phone: textOrNull(value.phone),
    role: value.role,
    areaIds: Array.isArray(value.areaIds) ? value.areaIds.filter((id): id is string => typeof id === 'string') : [],
    active: value.active !== false,
    hasAccount: value.hasAccount === true,
  };
}

function peoplePath(center: string, personId?: string): string {
  const base = `/api/centers/${encodeURIComponent(center)}/people`;
  return personId ? `${base}/${encodeURIComponent(personId)}` : base;
}

/** Everyone of the center, in the server's order. 401 and 403 are thrown as `ApiError`. */
export async function fetchPeople(fetchFn: Fetch, center: string): Promise<ManagedPerson[]> {
  const response = await fetchFn(peoplePath(center), { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200 || !isRecord(body) || !Array.isArray(body.people)) {
    throw new ApiError(`unexpected answer from ${peoplePath(center)}`, response.status);
  }
  return body.people.map(decodeManagedPerson).filter((person): person is ManagedPerson => person !== null);
}

async function send(fetchFn: Fetch, method: string, path: string, body: unknown): Promise<PersonSaveResult> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok && isRecord(answer)) {
    const person = decodeManagedPerson(answer.person);
    if (person) return { ok: true, person };
  }
  const message = isRecord(answer) ? textOrNull(answer.message) : null;
  if (response.status >= 400 && response.status < 500 && message) return { ok: false, reason: 'refused', message };
  return { ok: false, reason: 'unavailable' };
}

export function createPerson(fetchFn: Fetch, center: string, input: PersonInput): Promise<PersonSaveResult> {
  return send(fetchFn, 'POST', peoplePath(center), input);
}

export function updatePerson(
  fetchFn: Fetch,
  center: string,
  personId: string,
  changes: Partial<PersonInput> & { active?: boolean },
): Promise<PersonSaveResult> {
  return send(fetchFn, 'PATCH', peoplePath(center, personId), changes);
}
