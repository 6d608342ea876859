/**
 * A second center on a demo installation, written straight into its SQLite file: the API has no way to
 * add a center once the first exists. Its coordinator shares the demo password (the hash is copied).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const SECOND_CENTER = {
  slug: 'lindenhof',
  name: 'Familienzentrum Lindenhof',
  coordinatorEmail: 'koordination@lindenhof.test',
} as const;

interface Statement {
  run(...values: unknown[]): { lastInsertRowid: number | bigint };
  get(...values: unknown[]): unknown;
}
interface SqliteDatabase {
  pragma(text: string): unknown;
  prepare(sql: string): Statement;
  transaction(run: () => void): () => void;
  close(): void;
}

/** Adds the center with one area and a coordinator; the server may run meanwhile (WAL, busy timeout). */
export function addSecondCenter(dataDir: string): void {
  // better-sqlite3 is the server's dependency, not the web app's: load it from there.
  const require = createRequire(join(process.cwd(), '../server/package.json'));
  const Database = require('better-sqlite3') as new (file: string) => SqliteDatabase;
  const db = new Database(join(dataDir, 'schichtbrett.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      const { password_hash: hash } = db
        .prepare("SELECT password_hash FROM users WHERE email = 'koordination@demo.test'")
        .get() as { password_hash: string };
      const center = db
        .prepare("INSERT INTO centers (slug, name, time_zone, state_code) VALUES (?, ?, 'Europe/Berlin', 'HE')")
        .run(SECOND_CENTER.slug, SECOND_CENTER.name);
      db.prepare(
        "INSERT INTO areas (id, center_id, name, color, position) VALUES ('lindenhof-cafe', ?, 'Café', '#2f6f4f', 0)",
      ).run(center.lastInsertRowid);
      db.prepare('INSERT INTO users (id, email, password_hash) VALUES (?, ?, ?)').run(
        'user-lindenhof-gisela',
        SECOND_CENTER.coordinatorEmail,
        hash,
      );
      db.prepare(
        "INSERT INTO people (id, center_id, first_name, last_name, email, user_id, role) VALUES ('lindenhof-gisela', ?, 'Gisela', 'Brandt', ?, 'user-lindenhof-gisela', 'coordinator')",
      ).run(center.lastInsertRowid, SECOND_CENTER.coordinatorEmail);
    })();
  } finally {
    db.close();
  }
}
