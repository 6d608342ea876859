/**
 * Makes sure DATA_DIR is a folder the server can write to before SQLite tries (and fails with "unable to
 * open database file"): says which folder, why not, and what to do.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type DataDirCheck = { ok: true } | { ok: false; message: string };

/** Creates the folder (and missing parents) if needed, then checks it is a writable folder. */
export function prepareDataDir(dir: string): DataDirCheck {
  if (!existsSync(dir)) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      return { ok: false, message: cannotCreate(dir, error) };
    }
  }
  if (!statSync(dir).isDirectory()) {
    return { ok: false, message: `Der Datenordner ${dir} ist eine Datei, kein Ordner. ${ADVICE}` };
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    return { ok: false, message: cannotWrite(dir, error) };
  }
  return { ok: true };
}

const ADVICE = 'Setze DATA_DIR auf einen Ordner, in den Schichtbrett schreiben darf.';

/**
 * Why `mkdir -p` failed, told from the nearest part of the path that exists: Node reports ENOENT for a
 * missing parent on a read-only mount, which says nothing useful.
 */
function cannotCreate(dir: string, error: unknown): string {
  let existing = dirname(dir);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const at = ` (es scheitert an ${existing})`;
  if (!statSync(existing).isDirectory()) {
    return `Der Datenordner ${dir} kann nicht angelegt werden: ein Teil des Pfades ist eine Datei, kein Ordner${at}. ${ADVICE}`;
  }
  let code = fsErrorCode(error);
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (accessError) {
    code = fsErrorCode(accessError);
  }
  switch (code) {
    case 'EROFS':
      return `Der Datenordner ${dir} kann nicht angelegt werden: das Laufwerk ist schreibgeschützt${at}. ${ADVICE}`;
    case 'EACCES':
    case 'EPERM':
      return `Der Datenordner ${dir} kann nicht angelegt werden: keine Schreibrechte${at}. Lege den Ordner an und gib ihn dem Benutzer, unter dem Schichtbrett läuft, oder ${lower(ADVICE)}`;
    default:
      return `Der Datenordner ${dir} kann nicht angelegt werden (${code ?? 'unbekannter Fehler'}). ${ADVICE}`;
  }
}

function cannotWrite(dir: string, error: unknown): string {
  const code = fsErrorCode(error);
  if (code === 'EROFS') {
    return `Der Datenordner ${dir} liegt auf einem schreibgeschützten Laufwerk: Schichtbrett kann dort nichts speichern. Binde das Laufwerk beschreibbar ein, oder ${lower(ADVICE)}`;
  }
  return `Schichtbrett darf im Datenordner ${dir} nicht schreiben (${code ?? 'keine Rechte'}). Gib dem Benutzer, unter dem Schichtbrett läuft, Schreibrechte auf den Ordner, oder ${lower(ADVICE)}`;
}

function lower(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function fsErrorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null;
}
