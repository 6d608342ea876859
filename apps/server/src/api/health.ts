/** GET /api/health: liveness and database status for load balancers and docker healthchecks. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '@schichtbrett/db';

export interface HealthBody {
  status: 'ok' | 'degraded';
  version: string;
  database: 'ok' | 'unavailable';
}

export function healthRoutes(options: { db: Kysely<Database>; version: string }): Hono {
  return new Hono().get('/', async (c) => {
    let database: HealthBody['database'] = 'ok';
    try {
      await sql`select 1`.execute(options.db);
    } catch {
      database = 'unavailable';
    }
    const body: HealthBody = { status: database === 'ok' ? 'ok' : 'degraded', version: options.version, database };
    return c.json(body, database === 'ok' ? 200 : 503);
  });
}
