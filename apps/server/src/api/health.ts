/**
 * GET /api/health: liveness and database status for load balancers and docker healthchecks.
 * `?detail=integrity` adds SQLite's full `integrity_check`: it reads every page, so only coordinators may
 * ask, and a result is reused for ten minutes (docs/decisions/0024-start-up-checks-and-setup-code.md).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '@schichtbrett/db';
import { apiError } from './api-error';
import type { ApiEnv } from './api-env';

export interface IntegrityDetail {
  status: 'ok' | 'damaged';
  /** SQLite's own lines (at most 20) when damaged. */
  problems: string[];
  checkedAt: string;
}

export interface HealthBody {
  status: 'ok' | 'degraded';
  version: string;
  database: 'ok' | 'unavailable';
  /** Only with `?detail=integrity`. */
  integrity?: IntegrityDetail;
}

const INTEGRITY_REUSE_MS = 10 * 60 * 1000;
const INTEGRITY_MAX_PROBLEMS = 20;

export function healthRoutes(options: { db: Kysely<Database>; version: string; now: () => Date }): Hono<ApiEnv> {
  const { db, version, now } = options;
  // Owned by this route: the last full check, so that asking again does not read the whole file again.
  let lastIntegrity: IntegrityDetail | null = null;

  async function integrity(): Promise<IntegrityDetail> {
    const at = now();
    if (lastIntegrity && at.getTime() - new Date(lastIntegrity.checkedAt).getTime() < INTEGRITY_REUSE_MS) {
      return lastIntegrity;
    }
    const { rows } = await sql<{
      integrity_check: string;
    }>`pragma integrity_check(${sql.lit(INTEGRITY_MAX_PROBLEMS)})`.execute(db);
    const lines = rows.flatMap((row) => row.integrity_check.split('\n'));
    const ok = lines.length === 1 && lines[0] === 'ok';
    lastIntegrity = { status: ok ? 'ok' : 'damaged', problems: ok ? [] : lines, checkedAt: at.toISOString() };
    return lastIntegrity;
  }

  return new Hono<ApiEnv>().get('/', async (c) => {
    const detail = c.req.query('detail');
    if (detail !== undefined && detail !== 'integrity') {
      return apiError(c, 400, 'invalid-input', 'Als Detail gibt es nur „integrity“.');
    }
    if (detail === 'integrity') {
      const principal = c.get('principal');
      if (!principal) return apiError(c, 401, 'unauthenticated', 'Bitte melde dich an.');
      if (!principal.memberships.some((membership) => membership.role === 'coordinator')) {
        return apiError(c, 403, 'forbidden', 'Nur die Koordination darf die Prüfung der ganzen Datenbank anfordern.');
      }
    }
    let database: HealthBody['database'] = 'ok';
    try {
      await sql`select 1`.execute(db);
    } catch {
      database = 'unavailable';
    }
    const body: HealthBody = { status: database === 'ok' ? 'ok' : 'degraded', version, database };
    if (detail === 'integrity' && database === 'ok') {
      body.integrity = await integrity();
      if (body.integrity.status === 'damaged') body.status = 'degraded';
    }
    return c.json(body, body.status === 'ok' ? 200 : 503);
  });
}
