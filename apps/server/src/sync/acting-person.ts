/**
 * The person a server command runs for, so the audit trail can name them (ADR 0019). Commands change a
 * room "as the server" (`serverOrigin`) from many places (claims, stand-ins, plans, finalizing); rather
 * than thread the caller through every one of them, the API sets it once per request and the room reads
 * it when it stores the update. Outside any request (preparing a new week) there is nobody.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ActingPerson {
  personId: string;
  /** As others see them ("Anna K."), copied into the trail so it reads right after they leave. */
  displayName: string;
}

const storage = new AsyncLocalStorage<ActingPerson>();

/** Runs `work` (and everything it awaits) on behalf of `person`. */
export function actAs<T>(person: ActingPerson, work: () => T): T {
  return storage.run(person, work);
}

export function actingPerson(): ActingPerson | null {
  return storage.getStore() ?? null;
}
