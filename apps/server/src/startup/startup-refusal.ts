/**
 * A reason not to start that the operator can fix (a wrong DATA_DIR, a damaged database): `main.ts`
 * prints its message, plainly and without a stack trace, and exits with STARTUP_REFUSED_EXIT_CODE.
 */
export class StartupRefusal extends Error {
  override readonly name = 'StartupRefusal';
}

/** Distinct from 1 (a crash) and 2 (a configuration error), so scripts and supervisors can tell. */
export const STARTUP_REFUSED_EXIT_CODE = 3;
