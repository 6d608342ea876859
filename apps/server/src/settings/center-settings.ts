/**
 * Reads and writes a center's settings (issue 12) between the domain's shape and the `centers` row, so the
 * route and the board's center answer share one translation.
 */
import type { Kysely } from 'kysely';
import { updateCenterSettings, type CenterRow, type Database } from '@schichtbrett/db';
import {
  BOARD_WEEK_CHOICES,
  formatOpeningDays,
  GERMAN_STATE_CODES,
  parseOpeningDays,
  type BoardWeekChoice,
  type CenterSettings,
  type GermanStateCode,
} from '@schichtbrett/domain';

export function settingsOfCenter(center: CenterRow): CenterSettings {
  return {
    name: center.name,
    address: center.address,
    contact: center.contact,
    stateCode: stateCodeOf(center.state_code),
    openingDays: parseOpeningDays(center.opening_days),
    claimCutoffHours: center.claim_cutoff_hours,
    fuehrungszeugnisYears: center.fuehrungszeugnis_years,
    boardWeek: boardWeekOf(center.board_week),
  };
}

/** A stored board week the domain does not know (written by a later version) reads as the current week. */
export function boardWeekOf(stored: string): BoardWeekChoice {
  return BOARD_WEEK_CHOICES.find((choice) => choice === stored) ?? 'current';
}

function stateCodeOf(stored: string): GermanStateCode {
  const code = GERMAN_STATE_CODES.find((state) => state === stored);
  // The setup and settings schemas only ever store one of the 16; anything else is a broken database.
  if (!code) throw new Error(`center has an unknown state code ${stored}`);
  return code;
}

export type SaveSettingsResult = { ok: true; settings: CenterSettings } | { ok: false; reason: 'center-gone' };

/** Stores checked settings of a center: one UPDATE of its row. */
export async function saveCenterSettings(options: {
  db: Kysely<Database>;
  centerId: number;
  settings: CenterSettings;
}): Promise<SaveSettingsResult> {
  const { db, centerId, settings } = options;
  const saved = await updateCenterSettings(db, centerId, {
    name: settings.name,
    address: settings.address,
    contact: settings.contact,
    state_code: settings.stateCode,
    opening_days: formatOpeningDays(settings.openingDays),
    claim_cutoff_hours: settings.claimCutoffHours,
    fuehrungszeugnis_years: settings.fuehrungszeugnisYears,
    board_week: settings.boardWeek,
  });
  return saved ? { ok: true, settings } : { ok: false, reason: 'center-gone' };
}
