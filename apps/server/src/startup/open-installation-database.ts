/**
 * Opens the installation's database only when it is safe to: DATA_DIR usable, and the file either absent
 * (then created, and only then may the demo be seeded) or a sound Schichtbrett database. Anything else is
 * a StartupRefusal naming the file, with nothing in it changed (docs/decisions/0024-…).
 */
import { join } from 'node:path';
import {
  checkDatabaseFile,
  migrateToLatest,
  openDatabase,
  type DatabaseFileProblem,
  type DatabaseHandle,
} from '@schichtbrett/db';
import { prepareDataDir } from './data-dir';
import { StartupRefusal } from './startup-refusal';

export const DATABASE_FILE = 'schichtbrett.sqlite';

export interface InstallationDatabase {
  database: DatabaseHandle;
  /** True when DATA_DIR had no database file: the only case in which the demo may be seeded. */
  created: boolean;
}

export async function openInstallationDatabase(dataDir: string): Promise<InstallationDatabase> {
  const folder = prepareDataDir(dataDir);
  if (!folder.ok) throw new StartupRefusal(folder.message);
  const file = join(dataDir, DATABASE_FILE);
  const check = checkDatabaseFile(file);
  if (!check.ok) throw new StartupRefusal(refusalMessage(file, check.problem, check.detail));

  let database: DatabaseHandle;
  try {
    database = openDatabase({ file });
  } catch (error) {
    throw new StartupRefusal(`Die Datenbank ${file} lässt sich nicht öffnen (${describe(error)}). ${CHECK_FOLDER}`);
  }
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw new StartupRefusal(
      `Die Datenbank ${file} lässt sich nicht auf den Stand dieser Version bringen (${describe(error)}). Stammt sie von einer neueren Version von Schichtbrett, starte diese; sonst spiele eine Sicherung ein.`,
    );
  }
  return { database, created: !check.exists };
}

const CHECK_FOLDER = 'Prüfe die Rechte und den freien Platz im Datenordner.';
const UNCHANGED = 'Schichtbrett hat nichts an ihr verändert.';
const FRESH_START = 'Nur wenn du wirklich ohne die alten Daten neu anfangen willst: verschiebe die Datei woandershin.';

function refusalMessage(file: string, problem: DatabaseFileProblem, detail: string): string {
  switch (problem) {
    case 'empty':
      return `Die Datenbankdatei ${file} ist leer (0 Bytes). Schichtbrett legt an ihrer Stelle keine neue Datenbank an, damit der Verlust der alten nicht unbemerkt bleibt. Spiele eine Sicherung ein. ${FRESH_START}`;
    case 'not-sqlite':
      return `Die Datei ${file} ist keine SQLite-Datenbank (${detail}). ${UNCHANGED} Spiele eine Sicherung ein. ${FRESH_START}`;
    case 'foreign':
      return `Die Datei ${file} ist eine SQLite-Datenbank, aber nicht die von Schichtbrett (${detail}). ${UNCHANGED} Setze DATA_DIR auf den Ordner mit den Daten von Schichtbrett, oder verschiebe die Datei.`;
    case 'damaged':
      return `Die Datenbank ${file} ist beschädigt (PRAGMA quick_check: ${detail}). Schichtbrett startet nicht, damit der Schaden nicht größer wird. ${UNCHANGED} Spiele eine Sicherung ein; \`sqlite3 ${file} .recover\` rettet oft den Rest.`;
    case 'not-a-file':
      return `An der Stelle der Datenbank ${file} liegt keine Datei, sondern zum Beispiel ein Ordner. Verschiebe ihn.`;
    case 'unreadable':
      return `Die Datenbank ${file} lässt sich nicht lesen (${detail}). ${CHECK_FOLDER}`;
    default: {
      const unknown: never = problem;
      return `Die Datenbank ${file} kann nicht benutzt werden (${String(unknown)}).`;
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
